package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.employee;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.messages;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.ratedAs;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.reasonsFrom;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.organisation.StaffType;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * The HTXSNV quota (Decree 48, kept by Decree 335): within one agency and task group, HTXSNV may
 * not exceed floor(20% × HTTNV); the lowest-placed HTXSNV moves to HTTNV until it holds. HTXSNV
 * people here achieve 100% (70 task points) plus their general points (achiever); HTTNV people score 80.
 */
class QuotaRulesTest {
    private static final String QUOTA_ROW = "decision-tables/han-muc.drl.xlsx!Hạn mức HTXSNV!B11";
    private static final String[] FIVE = {"T1", "T2", "T3", "T4", "T5"};
    private static final String[] NINE = {"T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"};

    @Test
    void shouldMoveNobodyWhenWithinTheQuota() {
        EvaluationResponse r = p1().achiever("X1", "P1", 25, 100).staff("P1", "HTTNV", FIVE).evaluate(); // limit floor(1.0) = 1

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(ratedAs(r, "HTTNV")).containsExactly(FIVE);
        assertThat(reasonsFrom(r, "X1", QUOTA_ROW)).isEmpty();
    }

    @Test
    void shouldMoveTheLowestScoredUntilTheQuotaHolds() {
        // 5 HTTNV: limit 1, 3 HTXSNV: X3 (92) moves; 6 HTTNV: limit 1, 2 HTXSNV: X2 (95) moves; 7 HTTNV: 1 ≤ 1
        EvaluationResponse r = p1().achiever("X1", "P1", 30, 100).achiever("X2", "P1", 25, 100).achiever("X3", "P1", 22, 100)
                .staff("P1", "HTTNV", FIVE).evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(ratedAs(r, "HTTNV")).hasSize(7).contains("X2", "X3");
        assertThat(employee(r, "X2").score()).isEqualByComparingTo("95.00");
        assertThat(employee(r, "X3").score()).isEqualByComparingTo("92.00");
        assertThat(quotaMessage(r, "X3")).contains("có 5 người HTTNV nên tối đa 1 người HTXSNV").contains("đang có 3")
                .contains("(92 điểm)");
        assertThat(quotaMessage(r, "X2")).contains("có 6 người HTTNV nên tối đa 1 người HTXSNV").contains("đang có 2")
                .contains("(95 điểm)");
    }

    @Test
    void shouldStopWhenTheMoveItselfBringsTheCountWithinTheQuota() {
        // 2 HTXSNV, 5 HTTNV: limit 1, X2 moves; 6 HTTNV: limit floor(1.2) = 1, 1 HTXSNV: holds
        EvaluationResponse r = p1().achiever("X1", "P1", 30, 100).achiever("X2", "P1", 25, 100).staff("P1", "HTTNV", FIVE).evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(ratedAs(r, "HTTNV")).hasSize(6).contains("X2");
    }

    @Test
    void shouldKeepMoreThanAOneShotCountBecauseEachMoveRaisesTheHttnvCount() {
        // 3 HTXSNV, 9 HTTNV: limit 1, X3 moves; 10 HTTNV: limit 2, 2 HTXSNV: holds (one-shot: only 1 kept)
        EvaluationResponse r = p1().achiever("X1", "P1", 30, 100).achiever("X2", "P1", 25, 100).achiever("X3", "P1", 22, 100)
                .staff("P1", "HTTNV", NINE).evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1", "X2");
        assertThat(ratedAs(r, "HTTNV")).hasSize(10).contains("X3");
        assertThat(quotaMessage(r, "X3")).contains("có 9 người HTTNV nên tối đa 1 người HTXSNV").contains("đang có 3");
    }

    @Test
    void shouldMoveTheLowerTotalScoreFirstWhateverTheTaskPoints() {
        // LAN 91 (70 task points + 21) moves before MAI 93 (63 task points + 30)
        EvaluationResponse r = p1().achiever("LAN", "P1", 21, 100).achiever("MAI", "P1", 30, 90)
                .staff("P1", "HTTNV", FIVE).evaluate();

        assertThat(employee(r, "MAI").score()).isEqualByComparingTo("93.00");
        assertThat(ratedAs(r, "HTXSNV")).containsExactly("MAI");
        assertThat(employee(r, "LAN").rating()).isEqualTo("HTTNV");
    }

    @Test
    void shouldMoveTheLowerTaskPointsFirstOnEqualScores() {
        // both 92: AN 63 task points + 29, BINH 70 + 22; AN moves although BINH is last alphabetically
        EvaluationResponse r = p1().achiever("AN", "P1", 29, 90).achiever("BINH", "P1", 22, 100)
                .staff("P1", "HTTNV", FIVE).evaluate();

        assertThat(employee(r, "AN").score()).isEqualByComparingTo("92.00");
        assertThat(employee(r, "AN").taskScore()).isEqualByComparingTo("63.00");
        assertThat(employee(r, "AN").rating()).isEqualTo("HTTNV");
        assertThat(employee(r, "BINH").rating()).isEqualTo("HTXSNV");
    }

    @Test
    void shouldMoveTheEmployeeIdLastInAlphabeticalOrderOnEqualScoresAndTaskPoints() {
        EvaluationResponse r = p1().achiever("BINH", "P1", 22, 100).achiever("AN", "P1", 22, 100).achiever("CUONG", "P1", 22, 100)
                .staff("P1", "HTTNV", FIVE).evaluate(); // limit 1: CUONG, then BINH move

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("AN");
        assertThat(employee(r, "CUONG").rating()).isEqualTo("HTTNV");
        assertThat(employee(r, "BINH").rating()).isEqualTo("HTTNV");
    }

    @Test
    void shouldCountTaskGroupsSeparately() {
        // G1: 1 HTXSNV (92) for 9 HTTNV holds; G2: 1 HTXSNV (100) for 1 HTTNV (limit 0) moves.
        // Counted together (2 for 10, limit 2) nobody would move.
        Evaluations s = p1().person("X1", "P1", StaffType.CIVIL_SERVANT, "G1", Leadership.NONE, 22).achieving("X1", 100)
                .person("X2", "P1", StaffType.CIVIL_SERVANT, "G2", Leadership.NONE, 30).achieving("X2", 100)
                .person("Y", "P1", StaffType.CIVIL_SERVANT, "G2", Leadership.NONE, 10).achieving("Y", 100);
        for (String id : NINE) {
            s.person(id, "P1", StaffType.CIVIL_SERVANT, "G1", Leadership.NONE, 10).achieving(id, 100);
        }
        EvaluationResponse r = s.evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(quotaMessage(r, "X2")).contains("cơ quan SO, nhóm nhiệm vụ «G2» có 1 người HTTNV nên tối đa 0 người HTXSNV");
    }

    @Test
    void shouldTakeTheStaffTypeAsTheDefaultTaskGroup() {
        Evaluations s = p1().achiever("X1", "P1", 22, 100)
                .person("V1", "P1", StaffType.PUBLIC_EMPLOYEE, null, Leadership.NONE, 30).achieving("V1", 100)
                .person("V2", "P1", StaffType.PUBLIC_EMPLOYEE, null, Leadership.NONE, 10).achieving("V2", 100)
                .staff("P1", "HTTNV", NINE);
        EvaluationResponse r = s.evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(quotaMessage(r, "V1")).contains("nhóm nhiệm vụ «PUBLIC_EMPLOYEE»");
    }

    @Test
    void shouldCountAgenciesSeparately() {
        EvaluationResponse r = twoAgencies().evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(employee(r, "C1").rating()).isEqualTo("HTTNV");
        assertThat(quotaMessage(r, "C1")).contains("cơ quan TT, nhóm nhiệm vụ «CIVIL_SERVANT» có 1 người HTTNV");
    }

    @Test
    void shouldLiftTheQuotaOfAnExemptAgencyOnly() {
        EvaluationResponse exemptCentre = twoAgencies().exempt("TT").evaluate();
        assertThat(ratedAs(exemptCentre, "HTXSNV")).containsExactly("X1", "C1");
        EvaluationResponse exemptDepartment = twoAgencies().exempt("SO").evaluate();
        assertThat(ratedAs(exemptDepartment, "HTXSNV")).containsExactly("X1");

        EvaluationResponse r = p1().achiever("X1", "P1", 30, 100).achiever("X2", "P1", 25, 100).achiever("X3", "P1", 22, 100)
                .staff("P1", "HTTNV", "T1").exempt("SO").evaluate();
        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1", "X2", "X3");
        assertThat(messages(r, "X3")).anyMatch(m -> m.startsWith("Cơ quan SO được miễn hạn mức HTXSNV (phê duyệt: admin"));
        assertThat(reasonsFrom(r, "X3", QUOTA_ROW)).isEmpty();
    }

    @Test
    void shouldApplyNoQuotaInAPilotMonth() {
        EvaluationResponse r = Evaluations.pilotMonth().unit("P1", "SO").staff("P1", "HTXSNV", "X1", "X2", "X3")
                .staff("P1", "HTTNV", "T1").evaluate();

        assertThat(r.regime()).isEqualTo("PILOT_2023");
        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1", "X2", "X3");
        assertThat(reasonsFrom(r, "X3", QUOTA_ROW)).isEmpty();
    }

    @Test
    void shouldApplyTheQuotaUnderDecree48() {
        EvaluationResponse r = Evaluations.month2024().unit("P1", "SO").achiever("X1", "P1", 30, 100).achiever("X2", "P1", 25, 100)
                .staff("P1", "HTTNV", FIVE).evaluate();

        assertThat(r.regime()).isEqualTo("DECREE_48");
        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(employee(r, "X2").rating()).isEqualTo("HTTNV");
    }

    @Test
    void shouldTellTheMovedPersonWhyWithTheQuotaRowAsSource() {
        EvaluationResponse r = p1().achiever("X1", "P1", 30, 100).achiever("X2", "P1", 25, 100).staff("P1", "HTTNV", FIVE).evaluate();

        var x2 = employee(r, "X2");
        assertThat(x2.rating()).isEqualTo("HTTNV");
        assertThat(x2.ratingLabel()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(reasonsFrom(r, "X2", QUOTA_ROW)).singleElement().extracting(Reason::message).isEqualTo(
                "Hạn mức: trong cơ quan SO, nhóm nhiệm vụ «CIVIL_SERVANT» có 5 người HTTNV nên tối đa 1 người HTXSNV "
                        + "(20%, làm tròn xuống), nhưng đang có 2; người này xếp thấp nhất trong số đó (95 điểm) nên "
                        + "chuyển xuống HTTNV (Hoàn thành tốt nhiệm vụ).");
        List<String> messages = messages(r, "X2");
        assertThat(messages.get(messages.size() - 1)).isEqualTo("Xếp loại cuối cùng: HTTNV (Hoàn thành tốt nhiệm vụ).");
    }

    /** A 2026 month (Decree 335) with P1 under the root agency SO. */
    private static Evaluations p1() {
        return Evaluations.month2026().unit("P1", "SO");
    }

    /** SO: X1 (92) for 9 HTTNV holds; the centre TT, its own agency: C1 (100) for 1 HTTNV moves. */
    private static Evaluations twoAgencies() {
        return p1().achiever("X1", "P1", 22, 100).staff("P1", "HTTNV", NINE).agency("TT", "SO")
                .rated("C1", "TT", Leadership.NONE, "HTXSNV").staff("TT", "HTTNV", "CT1");
    }

    private static String quotaMessage(EvaluationResponse r, String id) {
        return reasonsFrom(r, id, QUOTA_ROW).stream().map(Reason::message).reduce("", String::concat);
    }
}
