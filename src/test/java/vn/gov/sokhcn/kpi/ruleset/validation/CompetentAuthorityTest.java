package vn.gov.sokhcn.kpi.ruleset.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;

/** tham-quyen.drl.xlsx: one competent row for every leadership, heading the agency or not; one row of deadlines. */
class CompetentAuthorityTest {
    private static final String BOOK = "tham-quyen.drl.xlsx";
    private static final String SHEET = "Thẩm quyền quyết định";
    private static final String AT = "decision-tables/tham-quyen.drl.xlsx!" + SHEET + "!";

    private static List<RuleProblem> problemsOf(RuleSetFiles files) {
        return new CompetentAuthority().check(files, new RuleSetCompiler().compile(1, files));
    }

    @Test
    void shouldPassTheShippedTable() {
        assertThat(problemsOf(BrokenWorkbooks.shipped())).isEmpty();
    }

    @Test
    void shouldNameALeadershipWithTwoRowsAtTheSecondRowsCellAndOneWithNone() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(BOOK, SHEET, "C12", "NONE"))).containsExactly(
                new RuleProblem(AT + "C12", "Bảng «Thẩm quyền quyết định» có 2 dòng cho người có chức vụ «Không giữ chức vụ lãnh đạo» (không đứng "
                        + "đầu cơ quan) (B11, B12); cần đúng một dòng",
                        "đúng một dòng cho người có chức vụ «Không giữ chức vụ lãnh đạo» (không đứng đầu cơ quan)"),
                new RuleProblem(AT + "B16", "Bảng «Thẩm quyền quyết định» không có dòng nào cho người có chức vụ «Phó trưởng đơn vị» "
                        + "(không đứng đầu cơ quan): không biết ai có thẩm quyền quyết định xếp loại của họ",
                        "đúng một dòng cho người có chức vụ «Phó trưởng đơn vị» (không đứng đầu cơ quan)"));
    }

    @Test
    void shouldNameTheHeadOfTheAgencyWithoutARow() {
        // the head's row narrowed to DIRECTOR: a unit head who heads a centre (HEAD) has no row
        List<RuleProblem> problems = problemsOf(BrokenWorkbooks.withCell(BOOK, SHEET, "C16", "DIRECTOR"));

        assertThat(problems).extracting(RuleProblem::message).containsExactly(
                "Bảng «Thẩm quyền quyết định» không có dòng nào cho người đứng đầu cơ quan có chức vụ «Không giữ chức vụ lãnh đạo»: không biết ai "
                        + "có thẩm quyền quyết định xếp loại của họ",
                "Bảng «Thẩm quyền quyết định» không có dòng nào cho người đứng đầu cơ quan có chức vụ «Phó trưởng đơn vị»: không "
                        + "biết ai có thẩm quyền quyết định xếp loại của họ",
                "Bảng «Thẩm quyền quyết định» không có dòng nào cho người đứng đầu cơ quan có chức vụ «Trưởng đơn vị»: không biết ai "
                        + "có thẩm quyền quyết định xếp loại của họ",
                "Bảng «Thẩm quyền quyết định» không có dòng nào cho người đứng đầu cơ quan có chức vụ «Phó Giám đốc Sở»: "
                        + "không biết ai có thẩm quyền quyết định xếp loại của họ");
    }

    @Test
    void shouldNameASecondRowOfDeadlines() {
        RuleSetFiles two = BrokenWorkbooks.withCell(BrokenWorkbooks.withCell(BrokenWorkbooks.withCell(BOOK, "Thời hạn khiếu nại",
                "B12", "Khiếu nại khác"), BOOK, "Thời hạn khiếu nại", "C12", 60), BOOK, "Thời hạn khiếu nại", "D12", 30);

        assertThat(problemsOf(two)).containsExactly(new RuleProblem("decision-tables/tham-quyen.drl.xlsx!Thời hạn khiếu nại!B12",
                "Bảng «Thời hạn khiếu nại» có 2 dòng; cần đúng một dòng", "đúng một dòng"));
    }
}
