package vn.gov.sokhcn.kpi.ruleset.validation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.policy.CompetentRow;
import vn.gov.sokhcn.kpi.evaluation.policy.ComplaintDeadlineRow;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * The appraisal procedure must find one competent person for everyone and one pair of complaint
 * deadlines (decision-tables/tham-quyen.drl.xlsx): every leadership, heading the agency or not, is
 * covered by exactly one row of «Thẩm quyền quyết định», and «Thời hạn khiếu nại» has exactly one row.
 */
@Component
class CompetentAuthority implements RuleSetCheck {
    static final String FILE = "decision-tables/tham-quyen.drl.xlsx";
    static final String LEADERSHIP = "Chức vụ";

    @Override
    public List<RuleProblem> check(RuleSetFiles files, CompiledRuleSet compiled) {
        List<CompetentRow> rows = compiled.rows().stream().filter(CompetentRow.class::isInstance)
                .map(CompetentRow.class::cast).toList();
        List<ComplaintDeadlineRow> deadlines = compiled.rows().stream().filter(ComplaintDeadlineRow.class::isInstance)
                .map(ComplaintDeadlineRow.class::cast).toList();
        List<RuleProblem> problems = new ArrayList<>();
        for (boolean head : new boolean[] {false, true}) {
            for (String leadership : CompetentRow.LEADERSHIPS) { // in seniority order
                List<CompetentRow> covering = rows.stream().filter(r -> r.covers(leadership, head)).toList();
                String who = (head ? "người đứng đầu cơ quan có chức vụ " : "người có chức vụ ") + "«" + Leadership.labelOf(leadership) + "»"
                        + (head ? "" : " (không đứng đầu cơ quan)");
                if (covering.isEmpty()) {
                    problems.add(new RuleProblem(rows.isEmpty() ? FILE : rows.get(rows.size() - 1).getSource(), "Bảng «Thẩm quyền quyết định» không có dòng nào cho "
                            + who + ": không biết ai có thẩm quyền quyết định xếp loại của họ", "đúng một dòng cho " + who));
                } else if (covering.size() > 1) {
                    problems.add(new RuleProblem(compiled.cellOf(covering.get(1), LEADERSHIP), "Bảng «Thẩm quyền quyết định» có "
                            + covering.size() + " dòng cho " + who + " (" + String.join(", ", covering.stream()
                            .map(r -> Cells.shortName(r.getSource())).toList()) + "); cần đúng một dòng",
                            "đúng một dòng cho " + who));
                }
            }
        }
        if (deadlines.size() != 1) {
            problems.add(new RuleProblem(deadlines.isEmpty() ? FILE : deadlines.get(1).getSource(),
                    "Bảng «Thời hạn khiếu nại» có " + deadlines.size() + " dòng; cần đúng một dòng", "đúng một dòng"));
        }
        return problems;
    }
}
