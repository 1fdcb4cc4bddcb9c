package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/rulesets/{v}/tables/{file}/{sheet}}: a decision table as a grid, and its changed rows saved as a new
 * step of the draft. Shares its context with {@link RuleSetVersionsHttpTest}.
 */
class TableGridHttpTest extends FromVersionOneHttpTest {
    private static final String CONDUCT = "/tables/xep-loai.drl.xlsx/" + URLEncoder.encode("Vi phạm", StandardCharsets.UTF_8)
            .replace("+", "%20");
    private static final String NEW_TEXT = "Bị xử lý kỷ luật từ khiển trách trở lên trong năm đánh giá";

    private int draft() throws IOException {
        RulesetHttp.Reply draft = http.upload(RuleSetVersionsHttpTest.WORKBOOK,
                Files.readAllBytes(Path.of("decision-tables/xep-loai.drl.xlsx")), "Bản nháp để sửa trong trình duyệt");
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        return draft.json().get("version").asInt();
    }

    @Test
    void shouldShowTheTableAsAGridWithTypedColumnsAndReadOnlyCodeRows() throws IOException {
        int draft = draft();

        RulesetHttp.Reply reply = http.get("/api/rulesets/" + draft + CONDUCT);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode grid = reply.json();
        assertThat(grid.get("editable").asBoolean()).isTrue();
        assertThat(grid.get("file").asString()).isEqualTo("decision-tables/xep-loai.drl.xlsx");
        JsonNode table = grid.get("tables").get(0);
        assertThat(table.get("columns").toString()).isEqualTo("[{\"letter\":\"B\",\"label\":\"Trường hợp\",\"type\":\"TEXT\","
                + "\"allowed\":[],\"readOnly\":false},{\"letter\":\"C\",\"label\":\"Mã vi phạm\",\"type\":\"TEXT\",\"allowed\":[],"
                + "\"readOnly\":false},{\"letter\":\"D\",\"label\":\"Xếp loại\",\"type\":\"RATING\",\"allowed\":[\"NOT_RATED\","
                + "\"KHTNV\",\"HTNV\",\"HTTNV\",\"HTXSNV\"],\"readOnly\":false}]");
        assertThat(table.get("rows")).hasSize(3);
        assertThat(table.get("rows").get(1).get("cells").get(1).toString()).isEqualTo("{\"address\":\"C12\",\"value\":\"DEGRADATION\"}");
        assertThat(grid.get("codeRows").toString()).contains("{\"address\":\"B7\",\"value\":\"ACTION\"}");
    }

    @Test
    void shouldSaveTheChangedCellAsANewDraftStepWithExactlyThatCellInItsDiff() throws IOException {
        int draft = draft();

        RulesetHttp.Reply saved = http.put("/api/rulesets/" + draft + CONDUCT, "{\"comment\": \"Ghi rõ trường hợp kỷ luật\", "
                + "\"rows\": [{\"row\": 11, \"cells\": {\"B\": \"" + NEW_TEXT + "\"}}]}");

        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        int step = saved.json().get("version").asInt();
        assertThat(step).isEqualTo(draft + 1);
        assertThat(saved.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(saved.json().get("structural").asBoolean()).isFalse();
        assertThat(saved.json().get("problems")).isEmpty();
        assertThat(saved.json().get("changes")).hasSize(1);
        assertThat(saved.json().get("changes").get(0).get("location").asString())
                .isEqualTo("decision-tables/xep-loai.drl.xlsx!Vi phạm!B11");
        assertThat(saved.json().get("changes").get(0).get("after").asString()).isEqualTo(NEW_TEXT);
        JsonNode history = http.get("/api/rulesets/" + step + "/history").json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("basedOn").asInt()).isEqualTo(draft);
        assertThat(last.get("author").asString()).isEqualTo("hr");
        assertThat(last.get("comment").asString()).isEqualTo("Ghi rõ trường hợp kỷ luật");
        assertThat(last.get("changedFiles").toString()).isEqualTo("[\"decision-tables/xep-loai.drl.xlsx\"]");
        assertThat(http.get("/api/rulesets/" + step + CONDUCT).json().get("tables").get(0).get("rows").get(0).get("cells").get(0)
                .get("value").asString()).isEqualTo(NEW_TEXT);
    }

    @Test
    void shouldRefuseABadValueNamingFileSheetAndCell() throws IOException {
        int draft = draft();

        RulesetHttp.Reply refused = http.put("/api/rulesets/" + draft + CONDUCT,
                "{\"rows\": [{\"row\": 12, \"cells\": {\"D\": \"TOT\"}}]}");

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.text()).contains("Tệp xep-loai.drl.xlsx, trang «Vi phạm», ô D12: Cột «Xếp loại»: Mã xếp loại không hợp lệ: "
                + "\\\"TOT\\\" (chỉ được dùng HTXSNV, HTTNV, HTNV, KHTNV hoặc NOT_RATED)");
        assertThat(refused.text()).contains("decision-tables/xep-loai.drl.xlsx!Vi phạm!D12");
        assertThat(http.get("/api/rulesets").json()).hasSize(draft);
    }

    @Test
    void shouldRefuseToEditAVersionThatIsNotADraft() {
        RulesetHttp.Reply refused = http.put("/api/rulesets/1" + CONDUCT, "{\"rows\": [{\"row\": 11, \"cells\": {\"B\": \"x\"}}]}");

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).isEqualTo("Phiên bản 1 không phải bản nháp: chỉ sửa bảng trong trình "
                + "duyệt trên một bản nháp; hãy tải lên một bản nháp mới dựa trên phiên bản này rồi sửa bản nháp đó.");
    }
}
