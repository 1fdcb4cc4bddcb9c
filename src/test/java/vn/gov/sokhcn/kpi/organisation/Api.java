package vn.gov.sokhcn.kpi.organisation;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Short calls of the API for tests, with JSON written in single quotes so that it reads on one line. */
final class Api {
    private final MockMvc mvc;

    Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions get(String path, Object... variables) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path, variables));
    }

    ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json(json)));
    }

    ResultActions put(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(json(json)));
    }

    ResultActions delete(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.delete(path));
    }

    /** Single quotes stand for double quotes. */
    static String json(String text) {
        return text.replace('\'', '"');
    }
}
