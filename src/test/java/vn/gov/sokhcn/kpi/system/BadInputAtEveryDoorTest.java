package vn.gov.sokhcn.kpi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.system.Doors.JsonDoor;
import vn.gov.sokhcn.kpi.system.Doors.UploadDoor;

/**
 * Every door of the API, found from the handler mappings, tried with bad input as {@code admin}: each JSON door with
 * malformed JSON, a field of the wrong type, an unknown field, and a body over the limit (declared, and sent chunked);
 * each upload door with every hostile file and with files over the limits. Each answer is the right status with RFC
 * 9457 problem details naming the JSON path where there is one, none shows a stack trace or a class name, and
 * nothing stored changes (a fingerprint of every table of the demo Department, before and after).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=false", "kpi.http.max-json-body-size=1MB"})
@AutoConfigureMockMvc
class BadInputAtEveryDoorTest {
    private static final int LIMIT = 1024 * 1024;
    private static final String INVALID = "urn:kpi:problem:invalid-request";
    private static final String TOO_LARGE = "urn:kpi:problem:payload-too-large";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @Test
    void shouldFindEveryDoor() {
        List<String> json = Doors.json(mapping).stream().map(JsonDoor::toString).toList();
        assertThat(json).hasSizeGreaterThanOrEqualTo(31).contains("POST /api/evaluations", "POST /api/units",
                "PUT /api/assignments/1/measurement", "POST /api/rulesets/1/activate", "POST /api/periods/1/cascade");
        assertThat(Doors.uploads(mapping)).map(UploadDoor::toString)
                .containsExactly("POST " + HostileUploads.IMPORTS, "POST " + HostileUploads.RULE_SETS,
                        "POST " + BadInputAtPageDoorsTest.DATA_PAGE, "POST " + BadInputAtPageDoorsTest.RULE_SETS_PAGE);
    }

    @TestFactory
    Stream<DynamicTest> everyJsonDoorRefusesMalformedJson() {
        return eachJsonDoor(door -> {
            JsonNode problem = expectProblem(send(door, "{\"period\" \"2026-03\"}", null), 400, INVALID);
            assertThat(problem.get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("$");
            assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("JSON không hợp lệ tại dòng 1, cột 11");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyJsonDoorNamesAFieldOfTheWrongType() {
        return eachJsonDoor(door -> {
            String field = door.field().getName();
            JsonNode problem = expectProblem(send(door, "{\"" + field + "\": " + door.wrongValue() + "}", null), 400, INVALID);
            assertThat(problem.get("errors")).hasSize(1);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("$." + field);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyJsonDoorNamesAnUnknownField() {
        return eachJsonDoor(door -> {
            JsonNode problem = expectProblem(send(door, "{\"truongLa\": 1}", null), 400, INVALID);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("$.truongLa");
            assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Trường không được hỗ trợ");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyJsonDoorRefusesABodyOverTheLimit() {
        return eachJsonDoor(door -> {
            JsonNode problem = expectProblem(send(door, oversized(), null), 413, TOO_LARGE);
            assertThat(problem.get("title").asString()).isEqualTo("Nội dung quá lớn");
            assertThat(problem.get("detail").asString()).isEqualTo("Nội dung yêu cầu lớn hơn giới hạn 1 MB");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyJsonDoorCutsOffAChunkedBodyOverTheLimit() {
        return eachJsonDoor(door -> {
            HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(oversized().getBytes(StandardCharsets.UTF_8)));
            assertThat(chunked.contentLength()).as("no length declared: sent chunked").isEqualTo(-1);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + door.path()))
                    .header("Content-Type", "application/json").header("Authorization", basic(userFor(door), "demo"))
                    .method(door.method(), chunked).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            expectProblem(response.statusCode(), response.body(), 413, TOO_LARGE);
        });
    }

    @Test
    void shouldAnswerABodyDeclaredOverTheLimitOverHttpBeforeClosing() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/evaluations"))
                .header("Content-Type", "application/json").header("Authorization", basic("admin", "demo"))
                .POST(HttpRequest.BodyPublishers.ofString(oversized().repeat(3))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode problem = expectProblem(response.statusCode(), response.body(), 413, TOO_LARGE);
        assertThat(problem.get("detail").asString()).isEqualTo("Nội dung yêu cầu lớn hơn giới hạn 1 MB");
    }

    @TestFactory
    Stream<DynamicTest> everyUploadDoorRefusesEveryHostileFile() {
        Map<String, String> before = StoredFingerprint.of(dataSource);
        List<DynamicTest> tests = new ArrayList<>();
        for (HostileUploads.Case c : HostileUploads.forImports()) {
            tests.add(DynamicTest.dynamicTest(HostileUploads.IMPORTS + ": " + c, () -> {
                JsonNode problem = expectProblem(upload(HostileUploads.IMPORTS, c.fileName(), c.bytes()), 400,
                        "urn:kpi:problem:unreadable-import");
                assertThat(problem.get("title").asString()).isEqualTo("Không đọc được tệp nhập");
                assertThat(problem.get("detail").asString()).isEqualTo(c.message());
            }));
        }
        for (HostileUploads.Case c : HostileUploads.forRuleSets()) {
            tests.add(DynamicTest.dynamicTest(HostileUploads.RULE_SETS + ": " + c, () -> {
                JsonNode problem = expectProblem(upload(HostileUploads.RULE_SETS, c.fileName(), c.bytes()), 400, INVALID);
                assertThat(problem.get("errors")).hasSize(1);
                assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
                assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(c.message());
            }));
        }
        tests.add(nothingStoredChanged(before));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyUploadDoorRefusesAFileOverItsLimitAsTooLarge() {
        Map<String, String> before = StoredFingerprint.of(dataSource);
        List<DynamicTest> tests = new ArrayList<>();
        for (String door : List.of(HostileUploads.IMPORTS, HostileUploads.RULE_SETS)) {
            String name = door.equals(HostileUploads.IMPORTS) ? "so-lieu.csv" : "xep-loai.drl.xlsx";
            tests.add(DynamicTest.dynamicTest(door + ": over its own limit", () -> {
                JsonNode problem = expectProblem(upload(door, name, new byte[5 * 1024 * 1024 + 1]), 413, TOO_LARGE);
                assertThat(problem.get("detail").asString()).isEqualTo("Tệp tải lên lớn hơn giới hạn 5 MB");
            }));
            tests.add(DynamicTest.dynamicTest(door + ": over the servlet's multipart limit, over HTTP", () -> {
                HttpResponse<String> response = uploadOverHttp(door.replace("{code}", "2026-03"), name, new byte[7 * 1024 * 1024]);
                JsonNode problem = expectProblem(response.statusCode(), response.body(), 413, TOO_LARGE);
                assertThat(problem.get("detail").asString()).isEqualTo("Tệp tải lên lớn hơn giới hạn 5 MB");
            }));
        }
        tests.add(nothingStoredChanged(before));
        return tests.stream();
    }

    @Test
    void shouldNeverShowAStackTraceOrAClassName() throws Exception {
        List<MockHttpServletResponse> responses = List.of(
                mvc.perform(request(HttpMethod.POST, "/api/evaluations").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.TEXT_PLAIN).content("không phải JSON")).andReturn().getResponse(),
                mvc.perform(request(HttpMethod.POST, "/api/evaluations").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse(),
                mvc.perform(request(HttpMethod.POST, "/api/evaluations").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("[1, 2]")).andReturn().getResponse(),
                mvc.perform(request(HttpMethod.POST, "/api/units").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"\u0000\", \"parent\": 7}"))
                        .andReturn().getResponse(),
                mvc.perform(request(HttpMethod.DELETE, "/api/runs/1").with(httpBasic("admin", "demo")))
                        .andReturn().getResponse(),
                mvc.perform(request(HttpMethod.GET, "/api/employees").param("page", "x").with(httpBasic("admin", "demo")))
                        .andReturn().getResponse(),
                mvc.perform(request(HttpMethod.GET, "/api/khong-co").with(httpBasic("admin", "demo")))
                        .andReturn().getResponse());
        for (MockHttpServletResponse response : responses) {
            assertThat(response.getStatus()).isBetween(400, 499);
            assertNoLeak(response.getContentAsString(StandardCharsets.UTF_8));
        }
    }

    private Stream<DynamicTest> eachJsonDoor(ThrowingDoor check) {
        Map<String, String> before = StoredFingerprint.of(dataSource);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonDoor door : Doors.json(mapping)) {
            tests.add(DynamicTest.dynamicTest(door.toString(), () -> check.accept(door)));
        }
        tests.add(nothingStoredChanged(before));
        return tests.stream();
    }

    private DynamicTest nothingStoredChanged(Map<String, String> before) {
        return DynamicTest.dynamicTest("nothing stored changed", () -> {
            assertThat(before).containsKeys("units", "employees", "assignments", "measurements", "rule_set_versions");
            assertThat(before.get("employees")).startsWith("60 rows");
            assertThat(StoredFingerprint.of(dataSource)).isEqualTo(before);
        });
    }

    /** An administrator may try every door but one: only an HR officer activates a rule set version. */
    private static String userFor(JsonDoor door) {
        return door.path().endsWith("/activate") ? "hr" : "admin";
    }

    private MockHttpServletResponse send(JsonDoor door, String body, MediaType type) throws Exception {
        return mvc.perform(request(HttpMethod.valueOf(door.method()), door.path()).with(httpBasic(userFor(door), "demo"))
                .contentType(type == null ? MediaType.APPLICATION_JSON : type).content(body)).andReturn().getResponse();
    }

    private MockHttpServletResponse upload(String door, String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart(door, "2026-03").file(new MockMultipartFile("file", fileName,
                MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes)).with(httpBasic("admin", "demo"))).andReturn().getResponse();
    }

    private HttpResponse<String> uploadOverHttp(String path, String fileName, byte[] bytes) throws Exception {
        String boundary = "----kpi-door-test";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", basic("admin", "demo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode expectProblem(MockHttpServletResponse response, int status, String type) throws Exception {
        return expectProblem(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8), status, type);
    }

    private static JsonNode expectProblem(int actualStatus, String body, int status, String type) {
        assertThat(actualStatus).as(body).isEqualTo(status);
        assertNoLeak(body);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static void assertNoLeak(String body) {
        assertThat(body).doesNotContain("Exception", "\tat ", "Caused by", "java.", "org.springframework", "tools.jackson",
                "vn.gov.sokhcn", "jakarta.", "org.apache", "trace");
    }

    private static String oversized() {
        return "{\"truongLa\": \"" + "a".repeat(LIMIT) + "\"}";
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface ThrowingDoor {
        void accept(JsonDoor door) throws Throwable;
    }
}
