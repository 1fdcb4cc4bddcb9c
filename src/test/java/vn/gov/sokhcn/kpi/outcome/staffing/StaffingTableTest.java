package vn.gov.sokhcn.kpi.outcome.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetProblemsException;

/** A bad cell of decision-tables/nhan-su.drl.xlsx stops the build and is named by its cell, in Vietnamese. */
class StaffingTableTest {
    private static final String WORKBOOK = "nhan-su.drl.xlsx";
    private static final String AT = "decision-tables/nhan-su.drl.xlsx!";

    private static List<RuleProblem> problemsOf(RuleSetFiles files) {
        return catchThrowableOfType(RuleSetProblemsException.class, () -> new RuleSetCompiler().compile(1, files)).problems();
    }

    @Test
    void shouldNameTheCellOfAnUnknownFlagCode() {
        var problems = problemsOf(BrokenWorkbooks.withCell(WORKBOOK, "Cảnh báo nhân sự", "C12", "CHUYEN_VIEC"));

        assertThat(problems).extracting(RuleProblem::location, RuleProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AT + "Cảnh báo nhân sự!C12", "Cột «Mã cảnh báo»: mã \"CHUYEN_VIEC\" không có;"
                        + " chỉ được dùng DISMISSAL_REVIEW, REASSIGNMENT_REVIEW, SUCCESSION_PLAN"));
    }

    @Test
    void shouldNameTheCellOfAZeroGapThreshold() {
        var problems = problemsOf(BrokenWorkbooks.withCell(WORKBOOK, "Nhu cầu đào tạo", "C11", 0));

        assertThat(problems).extracting(RuleProblem::location, RuleProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AT + "Nhu cầu đào tạo!C11", "Cột «Chênh lệch tối thiểu (mức)»: phải từ 1 mức trở lên"));
    }
}
