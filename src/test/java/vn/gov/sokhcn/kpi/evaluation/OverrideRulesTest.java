package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.organisation.StaffType;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * The sheet "Vi phạm" of decision-tables/xep-loai.drl.xlsx: KHTNV regardless of score for a person
 * disciplined in the year (B11), a concluded degradation (B12), and a leader whose unit, or a unit
 * below it, was handled for corruption, embezzlement or waste (B13).
 */
class OverrideRulesTest {
    private static final String RULE = "Xếp loại không hoàn thành nhiệm vụ khi vi phạm, không phụ thuộc điểm";
    private static final String ROWS = "decision-tables/xep-loai.drl.xlsx!Vi phạm!";
    private static final String VERDICT = " nên xếp loại tối đa KHTNV (Không hoàn thành nhiệm vụ), không phụ thuộc điểm.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kỷ luật    | true  | false | B11 | bị xử lý kỷ luật trong năm
            suy thoái  | false | true  | B12 | có kết luận suy thoái của cấp có thẩm quyền
            """)
    void shouldRateNotCompletedDespiteAFullScore(String situation, boolean disciplined, boolean degradation,
                                                  String cell, String violation) {
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO")
                .person(new Employee("A", "Cán bộ A", "P1", StaffType.CIVIL_SERVANT, Leadership.NONE, null,
                        Evaluations.even(30), disciplined, degradation, null, null, null))
                .achieving("A", 110).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).isEqualByComparingTo("100");
        assertThat(a.rating()).isEqualTo("KHTNV");
        assertThat(a.ratingLabel()).isEqualTo("Không hoàn thành nhiệm vụ");
        assertViolation(r, "A", cell, "Vi phạm: " + violation + VERDICT);
    }

    @ParameterizedTest(name = "{0} của đơn vị {1}")
    @CsvSource({"HEAD, P1", "DEPUTY_HEAD, P1", "DIRECTOR, SO"})
    void shouldRateNotCompletedALeaderOverTheSanctionedUnitButNotTheStaffOfThatUnit(Leadership level, String unit) {
        EvaluationResponse r = Evaluations.month2026().sanctionedUnit("P1", "SO")
                .person("L", unit, level, 30).achieving("L", 110)
                .person("S", "P1", Leadership.NONE, 10).achieving("S", 100)
                .evaluate();

        assertThat(Evaluations.employee(r, "L").score()).isEqualByComparingTo("100");
        assertThat(Evaluations.employee(r, "L").rating()).isEqualTo("KHTNV");
        assertViolation(r, "L", "B13", "Vi phạm: là lãnh đạo có đơn vị thuộc quyền (Đơn vị P1) bị xử lý do tham nhũng, "
                + "tham ô, lãng phí" + VERDICT);
        assertUnaffected(r, "S", "80", "HTTNV");
    }

    @Test
    void shouldRateNotCompletedAHeadWhoseSubUnitWasSanctionedButNotTheHeadOfAnotherUnit() {
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO").sanctionedUnit("P1A", "P1").unit("P2", "SO")
                .person("H", "P1", Leadership.HEAD, 30).achieving("H", 110)
                .person("S", "P1A", Leadership.NONE, 10).achieving("S", 100)
                .person("H2", "P2", Leadership.HEAD, 10).achieving("H2", 100)
                .evaluate();

        assertThat(Evaluations.employee(r, "H").rating()).isEqualTo("KHTNV");
        assertViolation(r, "H", "B13", "Vi phạm: là lãnh đạo có đơn vị thuộc quyền (Đơn vị P1A) bị xử lý do tham nhũng, "
                + "tham ô, lãng phí" + VERDICT);
        assertUnaffected(r, "S", "80", "HTTNV");
        assertUnaffected(r, "H2", "80", "HTTNV");
    }

    @Test
    void shouldNotRateNotCompletedAPersonWithoutViolations() {
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO")
                .person(new Employee("A", "Cán bộ A", "P1", StaffType.CIVIL_SERVANT, Leadership.NONE, null,
                        Evaluations.even(10), false, false, null, null, null))
                .achieving("A", 100).evaluate();

        assertUnaffected(r, "A", "80", "HTTNV");
    }

    private static void assertViolation(EvaluationResponse r, String id, String cell, String message) {
        assertThat(Evaluations.reasonsOf(r, id, RULE)).singleElement().satisfies(reason -> {
            assertThat(reason.source()).isEqualTo(ROWS + cell);
            assertThat(reason.message()).isEqualTo(message);
        });
        assertThat(Evaluations.messages(r, id)).contains("Xếp loại cuối cùng: KHTNV (Không hoàn thành nhiệm vụ).");
    }

    private static void assertUnaffected(EvaluationResponse r, String id, String score, String rating) {
        var e = Evaluations.employee(r, id);
        assertThat(e.score()).isEqualByComparingTo(score);
        assertThat(e.rating()).as(id).isEqualTo(rating);
        assertThat(Evaluations.reasonsOf(r, id, RULE)).as(id).isEmpty();
    }
}
