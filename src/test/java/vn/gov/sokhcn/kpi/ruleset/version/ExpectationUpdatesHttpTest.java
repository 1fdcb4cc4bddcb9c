package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Tests that follow a deliberate change (issue 16): the «Tốt» band raised to 75 on a draft, the cases it breaks
 * grouped under the changed cells, their expected results brought up to date in steps with a comment, and the
 * activation by another HR officer who sees what was changed, by whom and why.
 * Shares its context with {@link RuleSetVersionsHttpTest}.
 */
class ExpectationUpdatesHttpTest extends FromVersionOneHttpTest {
    private static final String BAND_CELLS = "[\"decision-tables/xep-loai.drl.xlsx!Khung điểm!D20\","
            + "\"decision-tables/xep-loai.drl.xlsx!Khung điểm!E21\"]";

    private int raisedBandDraft() {
        RulesetHttp.Reply draft = http.upload(Map.of(RuleSetVersionsHttpTest.WORKBOOK, RuleSetVersionsHttpTest.raisedBand()), null,
                "Nâng khung «Tốt» lên 75 điểm");
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        return draft.json().get("version").asInt();
    }

    @Test
    void shouldGroupTheCasesARaisedBandBreaksUnderItsChangedCells() {
        int draft = raisedBandDraft();

        JsonNode groups = http.get("/api/rulesets/" + draft + "/failing-cases").json();

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("key").asString()).isEqualTo("changes");
        assertThat(groups.get(0).get("cells").toString()).isEqualTo(BAND_CELLS);
        assertThat(groups.get(0).get("cause").asString()).isEqualTo("Do các ô đã đổi so với phiên bản 1 ("
                + "decision-tables/xep-loai.drl.xlsx!Khung điểm!D20, decision-tables/xep-loai.drl.xlsx!Khung điểm!E21); không "
                + "tách được ô nào gây ra nên các ca được xếp chung dưới tất cả các ô này");
        assertThat(groups.get(0).get("cases")).hasSize(30);
        JsonNode first = groups.get(0).get("cases").get(0);
        assertThat(first.get("location").asString()).isEqualTo("decision-tables/cham-diem.drl.xlsx!Kiểm thử!A4");
        assertThat(first.get("expectedRating").asString()).isEqualTo("HTTNV");
        assertThat(first.get("actualRating").asString()).isEqualTo("HTNV");
        assertThat(first.get("expectedScore").decimalValue()).isEqualByComparingTo(first.get("actualScore").decimalValue());
    }

    @Test
    void shouldUpdateExpectationsInStepsAndShowThemToTheActivator() {
        int draft = raisedBandDraft();
        String oneCase = "decision-tables/cham-diem.drl.xlsx!Kiểm thử!A4";

        RulesetHttp.Reply one = http.post("/api/rulesets/" + draft + "/expectations",
                "{\"cases\": [\"" + oneCase + "\"], \"comment\": \"Khung «Tốt» nay từ 75 điểm\"}");
        assertThat(one.status()).as(one.text()).isEqualTo(201);
        int second = one.json().get("version").asInt();
        assertThat(second).isEqualTo(draft + 1);
        assertThat(one.json().get("problems")).hasSize(29);
        assertThat(one.json().get("changes").toString()).contains("\"location\":\"decision-tables/cham-diem.drl.xlsx!Kiểm thử!");

        RulesetHttp.Reply rest = http.post("/api/rulesets/" + second + "/expectations",
                "{\"group\": \"changes\", \"comment\": \"Các ca còn lại theo khung «Tốt» mới\"}");
        assertThat(rest.status()).as(rest.text()).isEqualTo(201);
        int last = rest.json().get("version").asInt();
        assertThat(rest.json().get("problems")).isEmpty();
        assertThat(http.get("/api/rulesets/" + last + "/failing-cases").json()).isEmpty();

        JsonNode details = http.get("/api/rulesets/" + last).json();
        JsonNode changes = details.get("expectationChanges");
        assertThat(changes.get(0).get("version").asInt()).isEqualTo(second);
        assertThat(changes.get(0).get("caseId").asString()).isEqualTo("CD-03");
        assertThat(changes.get(0).get("location").asString()).isEqualTo(oneCase);
        assertThat(changes.get(0).get("cell").asString()).isEqualTo("decision-tables/cham-diem.drl.xlsx!Kiểm thử!V4");
        assertThat(changes.get(0).get("oldValue").asString()).isEqualTo("HTTNV");
        assertThat(changes.get(0).get("newValue").asString()).isEqualTo("HTNV");
        assertThat(changes.get(0).get("author").asString()).isEqualTo("hr");
        assertThat(changes.get(0).get("comment").asString()).isEqualTo("Khung «Tốt» nay từ 75 điểm");
        assertThat(changes).hasSize(30);
        assertThat(changes.get(29).get("comment").asString()).isEqualTo("Các ca còn lại theo khung «Tốt» mới");
        JsonNode history = http.get("/api/rulesets/" + last + "/history").json();
        assertThat(history).extracting(s -> s.get("expectationChanges").size()).containsExactly(0, 0, 1, 29);

        RulesetHttp.Reply activated = http.activate(last, null); // hr2: wrote none of the steps
        assertThat(activated.status()).as(activated.text()).isEqualTo(200);
        String summary = jdbc.sql("SELECT detail FROM audit_events WHERE action = 'RULESET_ACTIVATED' ORDER BY id DESC")
                .query(String.class).list().get(0);
        assertThat(summary).isEqualTo("Kích hoạt phiên bản " + last + "; thôi áp dụng phiên bản 1; kết quả mong đợi đã đổi ở 30 ca "
                + "kiểm thử (bước " + second + " do hr: «Khung «Tốt» nay từ 75 điểm»; bước " + last
                + " do hr: «Các ca còn lại theo khung «Tốt» mới»)");
    }

    @Test
    void shouldOfferNoExpectationsWhileATableProblemKeepsTheCasesFromRunning() {
        RulesetHttp.Reply gap = http.upload(Map.of(RuleSetVersionsHttpTest.WORKBOOK, RulesetHttp.workbookWith(
                RuleSetVersionsHttpTest.WORKBOOK, RuleSetVersionsHttpTest.SHEET, Map.of("D20", 75))), null, "Chỉ nâng khung «Tốt»");
        int draft = gap.json().get("version").asInt();

        assertThat(http.get("/api/rulesets/" + draft + "/failing-cases").json()).isEmpty();
        RulesetHttp.Reply reply = http.post("/api/rulesets/" + draft + "/expectations", "{\"group\": \"changes\", \"comment\": \"thử\"}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.text()).contains("\"field\":\"group\"", "Phiên bản " + draft + " không có nhóm ca sai «changes»");
    }

    @Test
    void shouldRefuseAnUpdateWithoutAComment() {
        int draft = raisedBandDraft();

        RulesetHttp.Reply reply = http.post("/api/rulesets/" + draft + "/expectations", "{\"group\": \"changes\"}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.text()).contains("\"field\":\"comment\"")
                .contains("Cần ghi lý do cập nhật kết quả mong đợi (người kích hoạt sẽ đọc)");
        assertThat(http.get("/api/rulesets").json()).hasSize(2);
    }

    @Test
    void shouldRefuseAnUpdateOnAVersionThatIsNotADraft() {
        RulesetHttp.Reply reply = http.post("/api/rulesets/1/expectations", "{\"group\": \"changes\", \"comment\": \"thử\"}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(409);
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("Phiên bản 1 không phải bản nháp: kết quả mong đợi chỉ được cập nhật trên một bản nháp.");
    }
}
