package vn.gov.sokhcn.kpi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies are JSON only, and their text fields have ceilings (codes 64, names 300, free text 4,000
 * characters): anything else is refused with problem details naming the field, and nothing stored changes.
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
class JsonOnlyRequestsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    RequestMappingHandlerAdapter adapter;

    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "application/x-yaml", "application/xml", "text/xml",
            "application/x-www-form-urlencoded", "application/cbor"})
    void shouldRefuseABodyThatIsNotJsonWithUnsupportedMediaType(String contentType) throws Exception {
        Map<String, String> before = StoredFingerprint.of(dataSource);

        mvc.perform(post("/api/units").with(httpBasic("admin", "demo")).contentType(contentType)
                        .content(contentType.contains("yaml") ? "code: XSS\nname: Đơn vị YAML\n"
                                : contentType.contains("form") ? "code=XSS&name=Form" : "<unit><code>XSS</code></unit>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:unsupported-media-type"))
                .andExpect(jsonPath("$.title").value("Kiểu nội dung không được hỗ trợ"))
                .andExpect(jsonPath("$.detail").value("Kiểu nội dung (Content-Type) «" + contentType + ";charset=UTF-8"
                        + "» không được hỗ trợ; hãy gửi JSON với một trong các kiểu: [application/json, application/*+json]."));

        assertThat(StoredFingerprint.of(dataSource)).isEqualTo(before);
    }

    @Test
    void shouldReadRequestRecordsOnlyFromJson() {
        List<String> readable = adapter.getMessageConverters().stream()
                .flatMap(c -> c.getSupportedMediaTypes(Probe.class).stream()
                        .filter(t -> c.canRead(Probe.class, t)).map(t -> c.getClass().getSimpleName() + " " + t))
                .distinct()
                .toList();
        assertThat(readable).containsExactly("JacksonJsonHttpMessageConverter application/json",
                "JacksonJsonHttpMessageConverter application/*+json");
    }

    record Probe(String code) {
    }

    @Test
    void shouldStillAnswerJsonAndTheOpenApiDocumentAsYaml() throws Exception {
        mvc.perform(get("/api/units/SO").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("SO"));
        mvc.perform(get("/v3/api-docs.yaml").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void shouldRefuseACodeLongerThanSixtyFourCharacters() throws Exception {
        refused(post("/api/units"), Map.of("code", "X".repeat(65), "name", "Phòng thử"), "$.code",
                "Dài tối đa 64 ký tự (đang có 65 ký tự)");
    }

    @Test
    void shouldRefuseANameLongerThanThreeHundredCharactersOnUpdateToo() throws Exception {
        refused(put("/api/units/SO"), Map.of("code", "SO", "name", "Sở ".repeat(101)), "$.name",
                "Dài tối đa 300 ký tự (đang có 303 ký tự)");
    }

    @Test
    void shouldRefuseFreeTextLongerThanFourThousandCharacters() throws Exception {
        refused(post("/api/positions"), Map.of("code", "VT_MOI", "name", "Vị trí mới", "jobDescription", "ư".repeat(4_001)),
                "$.jobDescription", "Dài tối đa 4000 ký tự (đang có 4001 ký tự)");
        refused(put("/api/users/me/password"), Map.of("currentPassword", "p".repeat(4_001), "newPassword", "mật-khẩu-mới-dài"),
                "$.currentPassword", "Dài tối đa 4000 ký tự (đang có 4001 ký tự)");
    }

    @Test
    void shouldNameANestedFieldByItsJsonPath() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(Path.of("examples/evaluation-request.json")));
        ((ObjectNode) request.get("employees").get(1)).put("name", "<b>".repeat(101));
        refused(post("/api/evaluations"), request, "$.employees[1].name", "Dài tối đa 300 ký tự (đang có 303 ký tự)");
        ObjectNode nested = JSON.createObjectNode().put("code", "VT_MOI").put("name", "Vị trí mới");
        nested.putArray("competencies").addObject().put("competency", "C".repeat(70)).put("requiredLevel", 3);
        refused(post("/api/positions"), nested, "$.competencies[0].competency", "Dài tối đa 64 ký tự (đang có 70 ký tự)");
    }

    @Test
    void shouldAcceptTextAtTheLimit() throws Exception {
        mvc.perform(post("/api/evaluations").with(httpBasic("expert", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(withFirstEmployeeName("Ê".repeat(300))))
                .andExpect(status().isOk());
    }

    private String withFirstEmployeeName(String name) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(Path.of("examples/evaluation-request.json")));
        ((ObjectNode) request.get("employees").get(0)).put("name", name);
        return request.toString();
    }

    private void refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body,
                         String field, String message) throws Exception {
        Map<String, String> before = StoredFingerprint.of(dataSource);

        ResultActions answer = mvc.perform(request.with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));

        answer.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:invalid-request"))
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message))
                .andExpect(jsonPath("$.detail").value(field + ": " + message));
        assertThat(StoredFingerprint.of(dataSource)).isEqualTo(before);
    }
}
