package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A draft worked on in steps (issue 16): the raised «Tốt» band first, then the test cases that stated the old band,
 * each upload naming the draft before it as {@code basedOn} and carrying only the files it changes.
 * Shares its context with {@link RuleSetVersionsHttpTest}.
 */
class DraftStepsHttpTest extends FromVersionOneHttpTest {
    private static final String TABLES = "decision-tables/";

    private static Map<String, byte[]> files(String... names) {
        Map<String, byte[]> fixed = RuleSetVersionsHttpTest.raisedBandWithItsTests();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, fixed.get(TABLES + name));
        }
        return files;
    }

    @Test
    void shouldWorkOnADraftInStepsAndActivateTheLastOne() {
        JsonNode first = http.upload(Map.of(RuleSetVersionsHttpTest.WORKBOOK, RuleSetVersionsHttpTest.raisedBand()), null,
                "Nâng khung «Tốt» lên 75 điểm").json();
        assertThat(first.get("version").asInt()).isEqualTo(2);
        assertThat(first.get("problems")).hasSize(30); // the cases that stated the old band, each at its row

        RulesetHttp.Reply second = http.as("hr2").upload(files("cham-diem.drl.xlsx", "han-muc.drl.xlsx"), "2",
                "Sửa kết quả mong đợi của hai bảng");
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(3);
        assertThat(second.json().get("changedFiles").toString())
                .isEqualTo("[\"decision-tables/cham-diem.drl.xlsx\",\"decision-tables/han-muc.drl.xlsx\"]");
        assertThat(second.json().get("changes").findValuesAsString("kind")).containsOnly("DATA_CELL");
        assertThat(second.json().get("problems").findValuesAsString("file")).containsOnly(TABLES + "xep-loai.drl.xlsx")
                .hasSize(7); // the raised band of step 2 is kept: only xep-loai's own cases are left

        JsonNode third = http.upload(files("xep-loai.drl.xlsx"), "3", "Sửa kết quả mong đợi của xếp loại").json();
        assertThat(third.get("version").asInt()).isEqualTo(4);
        assertThat(third.get("problems")).isEmpty();
        assertThat(third.get("changedFiles").toString()).isEqualTo("[\"decision-tables/xep-loai.drl.xlsx\"]");

        JsonNode history = http.get("/api/rulesets/4/history").json();
        assertThat(history).extracting(s -> s.get("version").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(history).extracting(s -> s.get("author").asString()).containsExactly("hệ thống", "expert", "hr2", "expert");
        assertThat(history).extracting(s -> s.get("comment").asString()).containsExactly("Bộ quy tắc đọc từ thư mục ở lần khởi động đầu tiên",
                "Nâng khung «Tốt» lên 75 điểm", "Sửa kết quả mong đợi của hai bảng", "Sửa kết quả mong đợi của xếp loại");
        assertThat(history.get(2).get("changedFiles").toString())
                .isEqualTo("[\"decision-tables/cham-diem.drl.xlsx\",\"decision-tables/han-muc.drl.xlsx\"]");
        assertThat(history.get(0).get("state").asString()).isEqualTo("ACTIVE");
        assertThat(history.get(0).get("changedFiles")).isEmpty();

        RulesetHttp.Reply byAnAuthor = http.activate(4, null); // hr2 wrote step 3
        assertThat(byAnAuthor.status()).as(byAnAuthor.text()).isEqualTo(403);
        assertThat(byAnAuthor.json().get("detail").asString())
                .isEqualTo("Phiên bản 4 dựa trên bước 3 do hr2 tải lên; cần một cán bộ tổ chức khác kích hoạt.");
        RulesetHttp.Reply activated = http.as("hr").activate(4, null);
        assertThat(activated.status()).as(activated.text()).isEqualTo(200);
        assertThat(http.evaluate(RulesetHttp.exampleRequest()).json().at("/ruleSet/version").asInt()).isEqualTo(4);
        assertThat(http.get("/api/rulesets/4/history").json()).as("the steps stay visible once activated")
                .extracting(s -> s.get("version").asInt()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void shouldKeepAStepOnADraftAwaitingApprovalFromRunningItsCode() {
        String drl = new String(RulesetHttp.read(java.nio.file.Path.of("rules/validation/inputs.drl")),
                java.nio.charset.StandardCharsets.UTF_8) + "\n// một dòng chú thích\n";
        JsonNode code = http.upload(Map.of("inputs.drl", drl.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, null).json();
        assertThat(code.get("pendingApproval").asBoolean()).isTrue();

        JsonNode data = http.upload(files("xep-loai.drl.xlsx"), "2", null).json();
        assertThat(data.get("changes").findValuesAsString("kind")).containsOnly("DATA_CELL");
        assertThat(data.get("structural").asBoolean()).as("built on unapproved code").isTrue();
        assertThat(data.get("pendingApproval").asBoolean()).isTrue();
        assertThat(data.get("notice").asString()).isEqualTo(RuleSetVersion.PENDING_NOTICE);

        assertThat(http.approve(3).status()).isEqualTo(200);
        JsonNode next = http.upload(files("cham-diem.drl.xlsx"), "3", null).json();
        assertThat(next.get("structural").asBoolean()).as("built on approved code, changing data only").isFalse();
        assertThat(next.get("pendingApproval").asBoolean()).isFalse();
    }

    @Test
    void shouldUploadSeveralWorkbooksAtOnceOntoTheActiveVersion() {
        RulesetHttp.Reply reply = http.upload(files("xep-loai.drl.xlsx", "cham-diem.drl.xlsx", "han-muc.drl.xlsx"), null, null);

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("problems")).isEmpty();
        assertThat(reply.json().get("changedFiles")).hasSize(3);
        assertThat(http.get("/api/rulesets/2/history").json()).extracting(s -> s.get("version").asInt()).containsExactly(1, 2);
    }

    @Test
    void shouldRefuseABaseThatIsRetired() {
        http.upload(RuleSetVersionsHttpTest.WORKBOOK, RuleSetVersionsHttpTest.raisedBand(), null);
        http.upload("bo.zip", RuleSetVersionsHttpTest.raisedBandZip(), null);
        assertThat(http.activate(3, null).status()).isEqualTo(200); // version 1 is RETIRED now

        RulesetHttp.Reply reply = http.upload(files("xep-loai.drl.xlsx"), "1", null);

        assertThat(reply.status()).as(reply.text()).isEqualTo(409);
        assertThat(reply.json().get("detail").asString()).isEqualTo("Bản tải lên dựa trên phiên bản 1 nhưng phiên bản "
                + "đang áp dụng là 3 (đã được áp dụng sau khi bạn mở phiên bản 1): lưu bản này sẽ bỏ mất thay đổi của "
                + "phiên bản 3. Hãy tải lên lại dựa trên phiên bản 3.");
        assertThat(reply.json().get("basedOn").asInt()).isEqualTo(1);
        assertThat(reply.json().get("active").asInt()).isEqualTo(3);
        assertThat(http.get("/api/rulesets").json()).hasSize(3);
    }

    @Test
    void shouldRefuseAnUnknownOrMalformedBaseNamingIt() {
        for (String[] c : new String[][] {{"99", "Không có phiên bản bộ quy tắc 99 để làm nền"},
                {"hai", "Cần số của phiên bản làm nền (ví dụ 5), không phải «hai»"}}) {
            RulesetHttp.Reply reply = http.upload(files("xep-loai.drl.xlsx"), c[0], null);
            assertThat(reply.status()).as(reply.text()).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("basedOn");
            assertThat(reply.json().get("errors").get(0).get("message").asString()).isEqualTo(c[1]);
        }
        assertThat(http.get("/api/rulesets").json()).hasSize(1);
    }

    @Test
    void shouldRefuseAZipSentWithOtherFiles() {
        Map<String, byte[]> parts = new LinkedHashMap<>(files("xep-loai.drl.xlsx"));
        parts.put("bo.zip", RuleSetVersionsHttpTest.raisedBandZip());

        RulesetHttp.Reply reply = http.upload(parts, null, null);

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Tệp nén «bo.zip» thay cả bộ quy tắc nên phải gửi một mình, không kèm tệp khác");
        assertThat(http.get("/api/rulesets").json()).hasSize(1);
    }
}
