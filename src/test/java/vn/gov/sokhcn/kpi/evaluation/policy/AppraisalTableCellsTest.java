package vn.gov.sokhcn.kpi.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetProblemsException;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;

/** A bad cell of the tie-break keys (han-muc) or of tham-quyen.drl.xlsx stops the build, named by its cell. */
class AppraisalTableCellsTest {

    private static List<RuleProblem> problemsOf(RuleSetFiles files) {
        return catchThrowableOfType(RuleSetProblemsException.class, () -> new RuleSetCompiler().compile(1, files)).problems();
    }

    @Test
    void shouldNameTheCellOfAnUnknownTieBreakKey() {
        assertThat(problemsOf(BrokenWorkbooks.withCell("han-muc.drl.xlsx", "Tiêu chí phụ khi bằng điểm", "C12", "THAM_NIEN")))
                .extracting(RuleProblem::location, RuleProblem::message).containsExactly(Tuple.tuple(
                        "decision-tables/han-muc.drl.xlsx!Tiêu chí phụ khi bằng điểm!C12", "Cột «Mã tiêu chí»: mã \"THAM_NIEN\" "
                                + "không có; chỉ được dùng [TASK_SCORE, GENERAL_SCORE, POLITICS, ETHICS, STYLE, DISCIPLINE]"));
    }

    @Test
    void shouldNameTheCellOfAnUnknownCompetentPerson() {
        assertThat(problemsOf(BrokenWorkbooks.withCell("tham-quyen.drl.xlsx", "Thẩm quyền quyết định", "E11", "HR")))
                .extracting(RuleProblem::location, RuleProblem::message).containsExactly(Tuple.tuple(
                        "decision-tables/tham-quyen.drl.xlsx!Thẩm quyền quyết định!E11", "Cột «Người có thẩm quyền»: mã \"HR\" "
                                + "không có; chỉ được dùng [HEAD_OF_AGENCY, SUPERIOR_AGENCY]"));
    }

    @Test
    void shouldNameTheCellOfAComplaintDeadlineThatIsNotWholeDays() {
        assertThat(problemsOf(BrokenWorkbooks.withCell("tham-quyen.drl.xlsx", "Thời hạn khiếu nại", "C11", 0)))
                .extracting(RuleProblem::location, RuleProblem::message).containsExactly(Tuple.tuple(
                        "decision-tables/tham-quyen.drl.xlsx!Thời hạn khiếu nại!C11",
                        "Cột «Số ngày được khiếu nại»: cần một số ngày nguyên dương; đang có 0"));
    }
}
