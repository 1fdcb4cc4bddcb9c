package vn.gov.sokhcn.kpi.organisation;

import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Short calls of the API for tests, with JSON written in single quotes so that it reads on one line. */
final class Api {
    static final RequestPostProcessor AS_HR = SecurityMockMvcRequestPostProcessors.httpBasic("hr", "demo");
    private final MockMvc mvc;

    Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions get(String path, Object... variables) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path, variables).with(AS_HR));
    }

    ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json(json)).with(AS_HR));
    }

    ResultActions put(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(json(json)).with(AS_HR));
    }

    ResultActions delete(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.delete(path).with(AS_HR));
    }

    /** Single quotes stand for double quotes. */
    static String json(String text) {
        return text.replace('\'', '"');
    }
}
