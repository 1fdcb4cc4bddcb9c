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
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.GeneralCriteria;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;

/**
 * The HTXSNV quota (Decree 48, kept by Decree 335): within one agency and task group, HTXSNV may
 * not exceed floor(20% × HTTNV); the lowest-placed HTXSNV moves to HTTNV until it holds (equal scores:
 * the keys of «Tiêu chí phụ khi bằng điểm»; still equal at the cut: left to the competent person). HTXSNV
 * people here achieve 100% (70 task points) plus their general points (achiever); HTTNV people score 80.
 */
class QuotaRulesTest {
    private static final String QUOTA_ROW = "decision-tables/han-muc.drl.xlsx!Hạn mức HTXSNV!B11";
    private static final String TIE_SHEET = "Tiêu chí phụ khi bằng điểm";
    private static final String TIE_KEYS = "decision-tables/han-muc.drl.xlsx!" + TIE_SHEET + "!";
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
    void shouldMoveTheLowerTaskPointsFirstOnEqualScoresNamingTheKeyAndItsRow() {
        // both 92: AN 63 task points + 29, BINH 70 + 22; AN moves although BINH is last alphabetically
        EvaluationResponse r = p1().achiever("AN", "P1", 29, 90).achiever("BINH", "P1", 22, 100)
                .staff("P1", "HTTNV", FIVE).evaluate();

        assertThat(employee(r, "AN").score()).isEqualByComparingTo("92.00");
        assertThat(employee(r, "AN").taskScore()).isEqualByComparingTo("63.00");
        assertThat(employee(r, "AN").rating()).isEqualTo("HTTNV");
        assertThat(employee(r, "BINH").rating()).isEqualTo("HTXSNV");
        assertThat(reasonsFrom(r, "AN", TIE_KEYS)).singleElement().satisfies(reason -> {
            assertThat(reason.source()).isEqualTo(TIE_KEYS + "B11");
            assertThat(reason.message()).isEqualTo("Tiêu chí phụ khi bằng điểm: người này bằng tổng điểm (92) với người "
                    + "xếp thấp nhất còn giữ HTXSNV; tiêu chí quyết định là «Điểm kết quả thực hiện nhiệm vụ»: người này 63, "
                    + "người đó 70.");
        });
        assertThat(employee(r, "AN").quotaTie()).isFalse();
    }

    @Test
    void shouldNameTheSecondKeyWhenTheFirstLeavesThePeopleEqual() {
        // the table's second key set to the discipline criterion: both 95 (70 task points + 25), equal on task points;
        // PHUONG has 2.5 for discipline, QUANG 7.5: PHUONG moves, decided by the second row (B12)
        CompiledRuleSet disciplineSecond = new RuleSetCompiler().compile(1, BrokenWorkbooks.withCell(
                BrokenWorkbooks.withCell("han-muc.drl.xlsx", TIE_SHEET, "C12", "DISCIPLINE"),
                "han-muc.drl.xlsx", TIE_SHEET, "B12", "Ý thức tổ chức kỷ luật"));
        EvaluationResponse r = p1().person("PHUONG", "P1", Leadership.NONE, new GeneralCriteria(7.5, 7.5, 7.5, 2.5))
                .achieving("PHUONG", 100).person("QUANG", "P1", Leadership.NONE, new GeneralCriteria(7.5, 2.5, 7.5, 7.5))
                .achieving("QUANG", 100).staff("P1", "HTTNV", FIVE).evaluate(disciplineSecond);

        assertThat(employee(r, "PHUONG").score()).isEqualByComparingTo("95.00");
        assertThat(employee(r, "QUANG").score()).isEqualByComparingTo("95.00");
        assertThat(ratedAs(r, "HTXSNV")).containsExactly("QUANG");
        assertThat(reasonsFrom(r, "PHUONG", TIE_KEYS)).singleElement().satisfies(reason -> {
            assertThat(reason.source()).isEqualTo(TIE_KEYS + "B12");
            assertThat(reason.message()).isEqualTo("Tiêu chí phụ khi bằng điểm: người này bằng tổng điểm (95) với người "
                    + "xếp thấp nhất còn giữ HTXSNV; tiêu chí quyết định là «Ý thức tổ chức kỷ luật»: người này 2,5, "
                    + "người đó 7,5.");
        });
    }

    @Test
    void shouldLeaveEveryoneTiedAtTheCutToTheCompetentPersonNotToRecordOrder() {
        // 3 equal at 92 (70 + 22), 5 HTTNV: the quota would move 2 of the 3; nothing tells them apart, so none moves
        EvaluationResponse r = p1().achiever("BINH", "P1", 22, 100).achiever("AN", "P1", 22, 100).achiever("CUONG", "P1", 22, 100)
                .staff("P1", "HTTNV", FIVE).evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("BINH", "AN", "CUONG");
        for (String id : List.of("AN", "BINH", "CUONG")) {
            assertThat(employee(r, id).quotaTie()).isTrue();
            assertThat(reasonsFrom(r, id, QUOTA_ROW)).singleElement().extracting(Reason::message).isEqualTo(
                    "Bằng điểm tại ngưỡng hạn mức sau mọi tiêu chí phụ: chuyển người có thẩm quyền quyết định. Trong cơ "
                            + "quan SO, nhóm nhiệm vụ «Công chức» có 5 người HTTNV nên tối đa 1 người HTXSNV (20%, làm "
                            + "tròn xuống), nhưng đang có 3; 3 người cùng 92 điểm và bằng nhau ở mọi tiêu chí phụ («Điểm kết "
                            + "quả thực hiện nhiệm vụ», «Điểm tiêu chí chung») nên không chuyển ai theo thứ tự hồ sơ: tạm giữ "
                            + "HTXSNV (Hoàn thành xuất sắc nhiệm vụ) chờ quyết định.");
            List<String> messages = messages(r, id);
            assertThat(messages.get(messages.size() - 1))
                    .isEqualTo("Xếp loại đề xuất: HTXSNV (Hoàn thành xuất sắc nhiệm vụ), chờ người có thẩm quyền quyết định.");
        }
        assertThat(employee(r, "T1").quotaTie()).isFalse();
    }

    @Test
    void shouldSettleTheRestOfTheGroupWhenTheTieIsOnlyAtTheCut() {
        // X1 100 keeps HTXSNV; A and B equal at 92; 9 HTTNV: limit 1 of 3, one move makes 10 HTTNV (limit 2):
        // the quota needs one of the two equals moved, so both are left tied, X1 is settled
        EvaluationResponse r = p1().achiever("X1", "P1", 30, 100).achiever("A", "P1", 22, 100).achiever("B", "P1", 22, 100)
                .staff("P1", "HTTNV", NINE).evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1", "A", "B");
        assertThat(employee(r, "X1").quotaTie()).isFalse();
        assertThat(employee(r, "A").quotaTie()).isTrue();
        assertThat(employee(r, "B").quotaTie()).isTrue();
        assertThat(reasonsFrom(r, "X1", QUOTA_ROW)).isEmpty();
        assertThat(quotaMessage(r, "A")).contains("có 9 người HTTNV nên tối đa 1 người HTXSNV").contains("đang có 3; 2 người cùng 92 điểm");
    }

    @Test
    void shouldMoveEveryoneEqualWhenTheQuotaMovesThemAll() {
        // no HTTNV: limit 0, so both equals (92) move; no key is needed and none is named
        EvaluationResponse r = p1().achiever("AN", "P1", 22, 100).achiever("BINH", "P1", 22, 100).evaluate();

        assertThat(ratedAs(r, "HTTNV")).containsExactly("AN", "BINH");
        assertThat(employee(r, "AN").quotaTie()).isFalse();
        assertThat(reasonsFrom(r, "AN", TIE_KEYS)).isEmpty();
        assertThat(quotaMessage(r, "AN")).contains("có 0 người HTTNV nên tối đa 0 người HTXSNV").contains("đang có 2");
        assertThat(quotaMessage(r, "BINH")).contains("có 1 người HTTNV nên tối đa 0 người HTXSNV").contains("đang có 1");
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
        assertThat(quotaMessage(r, "V1")).contains("nhóm nhiệm vụ «Viên chức»");
    }

    @Test
    void shouldCountAgenciesSeparately() {
        EvaluationResponse r = twoAgencies().evaluate();

        assertThat(ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(employee(r, "C1").rating()).isEqualTo("HTTNV");
        assertThat(quotaMessage(r, "C1")).contains("cơ quan TT, nhóm nhiệm vụ «Công chức» có 1 người HTTNV");
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
                "Hạn mức: trong cơ quan SO, nhóm nhiệm vụ «Công chức» có 5 người HTTNV nên tối đa 1 người HTXSNV "
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
