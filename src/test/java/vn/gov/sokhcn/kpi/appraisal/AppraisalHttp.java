package vn.gov.sokhcn.kpi.appraisal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the appraisal API as a user with the password «demo»: the status and the JSON answered. */
final class AppraisalHttp {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    AppraisalHttp(MockMvc mvc) {
        this.mvc = mvc;
    }

    record Reply(int status, JsonNode json, String location) {
        /** The message of the problem's field, or null. */
        String fieldMessage(String field) {
            for (JsonNode error : json.path("errors")) {
                if (error.path("field").asString().equals(field)) {
                    return error.path("message").asString();
                }
            }
            return null;
        }
    }

    Reply get(String user, String path) throws Exception {
        return reply(mvc.perform(MockMvcRequestBuilders.get(path)
                .with(httpBasic(user, "demo"))).andReturn().getResponse());
    }

    Reply post(String user, String path, String json) throws Exception {
        var request = MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, "demo"));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return reply(mvc.perform(request).andReturn().getResponse());
    }

    Reply delete(String user, String path) throws Exception {
        return reply(mvc.perform(MockMvcRequestBuilders.delete(path).with(httpBasic(user, "demo"))).andReturn().getResponse());
    }

    private static Reply reply(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        return new Reply(response.getStatus(), body.isEmpty() ? JSON.missingNode() : JSON.readTree(body),
                response.getHeader("Location"));
    }
}
