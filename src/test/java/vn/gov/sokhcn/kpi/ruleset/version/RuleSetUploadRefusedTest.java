package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Uploads that are not a rule file of the set are refused (400, nothing stored); unknown versions are 404. */
class RuleSetUploadRefusedTest extends FromVersionOneHttpTest {
    static java.util.stream.Stream<Arguments> refused() {
        byte[] drl = "package x;".getBytes(StandardCharsets.UTF_8);
        return java.util.stream.Stream.of(
                Arguments.of("xep-loai.drl.xlsx", new byte[0], "Tệp tải lên rỗng"),
                Arguments.of("ghi-chu.txt", drl,
                        "Tệp «ghi-chu.txt» không phải bảng quyết định (.drl.xlsx), tệp luật (.drl) hay tệp nén (.zip) của bộ quy tắc"),
                Arguments.of("xep-loai.drl.xlsx", drl, "Tệp «xep-loai.drl.xlsx» không phải bảng tính Excel (.xlsx)"),
                Arguments.of("moi.drl", drl, "Bộ quy tắc không có tệp «moi.drl» trong thư mục rules/ hay decision-tables/; "
                        + "muốn thêm tệp mới, hãy tải lên tệp .zip của cả bộ"),
                Arguments.of("bo.zip", RulesetHttp.zip(Map.of("rules/../../etc/x.drl", drl)),
                        "Tệp nén có đường dẫn không hợp lệ «rules/../../etc/x.drl»"),
                Arguments.of("bo.zip", RulesetHttp.zip(Map.of("khac/x.drl", drl)),
                        "Tệp «khac/x.drl» không thuộc thư mục rules/ (*.drl) hay decision-tables/ (*.drl.xlsx) của bộ quy tắc"),
                Arguments.of("bo.zip", drl, "Tệp .zip không đọc được"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource
    void refused(String name, byte[] content, String message) {
        RulesetHttp.Reply reply = http.upload(name, content, null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("file");
        assertThat(errors.get(0).get("message").asString()).isEqualTo(message);
        assertThat(http.get("/api/rulesets").json()).hasSize(1);
    }

    @Test
    void shouldRefuseAFileOverTheSizeLimitAsTooLarge() {
        RulesetHttp.Reply reply = http.upload("xep-loai.drl.xlsx", new byte[5 * 1024 * 1024 + 1], null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(413);
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:kpi:problem:payload-too-large");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Tệp tải lên lớn hơn giới hạn 5 MB");
        assertThat(http.get("/api/rulesets").json()).hasSize(1);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownVersionOrFile() {
        for (String path : new String[] {"/api/rulesets/99", "/api/rulesets/99/zip", "/api/rulesets/99/files/xep-loai.drl.xlsx"}) {
            RulesetHttp.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().get("detail").asString()).isEqualTo("Không tìm thấy phiên bản bộ quy tắc «99»");
        }
        assertThat(http.activate(99, null).status()).isEqualTo(404);
        RulesetHttp.Reply file = http.get("/api/rulesets/1/files/khong-co.drl");
        assertThat(file.status()).isEqualTo(404);
        assertThat(file.json().get("detail").asString()).isEqualTo("Không tìm thấy tệp của phiên bản 1 «khong-co.drl»");
    }
}
