package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One mistake, one message (issue 16): a wrong cell of a table shows that table problem and one line counting the
 * «Kiểm thử» cases it keeps from running, not one failure per case. Shares its context with {@link RuleSetVersionsHttpTest}.
 */
class BlockedCasesHttpTest extends FromVersionOneHttpTest {
    private static final String XEP_LOAI = "decision-tables/xep-loai.drl.xlsx";

    private JsonNode problemsOf(Map<String, Object> cells) {
        RulesetHttp.Reply reply = http.upload(RuleSetVersionsHttpTest.WORKBOOK,
                RulesetHttp.workbookWith(RuleSetVersionsHttpTest.WORKBOOK, RuleSetVersionsHttpTest.SHEET, cells), null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("problems");
    }

    @Test
    void shouldShowAGapAndOneLineForTheCasesItKeepsFromRunning() {
        JsonNode problems = problemsOf(Map.of("D20", 75)); // «Tốt» from 75, «Hoàn thành» still up to 70

        assertThat(problems).extracting(p -> p.get("location").asString()).containsExactly(XEP_LOAI + "!Khung điểm!E21", XEP_LOAI);
        assertThat(problems.get(0).get("message").asString()).endsWith("thiếu khoảng 70–75");
        assertThat(problems.get(1).get("message").asString()).isEqualTo("32 ca kiểm thử không chạy được vì lỗi trên "
                + "(cham-diem.drl.xlsx: 3, han-muc.drl.xlsx: 22, xep-loai.drl.xlsx: 7)");
    }

    @Test
    void shouldShowAWrongTypeAndOneLineForEveryCaseOfTheSet() {
        JsonNode problems = problemsOf(Map.of("D20", "bảy mươi"));

        assertThat(problems).extracting(p -> p.get("location").asString()).containsExactly(XEP_LOAI + "!Khung điểm!D20", XEP_LOAI);
        assertThat(problems.get(0).get("message").asString())
                .isEqualTo("Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D20; đang có «bảy mươi»: là chữ, không phải số");
        assertThat(problems.get(1).get("message").asString()).isEqualTo("98 ca kiểm thử không chạy được vì lỗi trên "
                + "(cham-diem.drl.xlsx: 13, che-do-ap-dung.drl.xlsx: 10, han-muc.drl.xlsx: 24, lanh-dao.drl.xlsx: 16, xep-loai.drl.xlsx: 35)");
    }
}
