package vn.gov.sokhcn.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every paged list endpoint pages one way: {@code page} and {@code size} checked alike (400 naming the
 * parameter) and one answer {@code {items, page, size, total}}.
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
class PagingStyleTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    LatestRunData data;

    @BeforeEach
    void data() {
        data = new LatestRunData(jdbc);
        data.ensure();
    }

    static Stream<String> lists() {
        return Stream.of("/api/units", "/api/competencies", "/api/positions", "/api/employees",
                "/api/employees/LR01/competency-assessments", "/api/employees/LR01/discipline-records",
                "/api/employees/LR01/leave-records", "/api/units/LRA/sanctions", "/api/periods", "/api/indicators",
                "/api/assignments", "/api/measurements", "/api/general-criteria", "/api/quota-exemptions", "/api/audit",
                "/api/periods/2061-01/runs", "/api/runs/{run}/results", "/api/employees/LR01/results");
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldAnswerOnePageShape(String list) throws Exception {
        MockHttpServletResponse response = call(list + "?page=0&size=1");
        assertThat(response.getStatus()).as(list).isEqualTo(200);
        JsonNode page = JSON.readTree(response.getContentAsString());
        assertThat(page.propertyNames()).as(list).containsExactly("items", "page", "size", "total");
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("items").size()).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldRefuseABadPageOrSizeNamingTheParameter(String list) throws Exception {
        MockHttpServletResponse response = call(list + "?page=-1&size=501");
        assertThat(response.getStatus()).as(list).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.getContentAsString()).get("errors");
        assertThat(errors.findValuesAsString("field")).as(list).containsExactly("page", "size");
        assertThat(errors.findValuesAsString("message")).as(list)
                .containsExactly("Số trang phải từ 0 trở lên", "Cỡ trang phải từ 1 đến 500");
    }

    private MockHttpServletResponse call(String path) throws Exception {
        String user = path.startsWith("/api/audit") ? "admin" : "hr";
        MockHttpServletResponse response = mvc.perform(get(path.replace("{run}", String.valueOf(data.late("2061-01"))))
                .with(httpBasic(user, "demo")).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
