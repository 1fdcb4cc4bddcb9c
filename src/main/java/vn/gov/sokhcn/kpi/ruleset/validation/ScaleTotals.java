package vn.gov.sokhcn.kpi.ruleset.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.policy.CriterionRow;
import vn.gov.sokhcn.kpi.evaluation.policy.ScaleRow;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * The splits that must add up: in «Cơ cấu điểm» the task and general-criteria maxima of a regime
 * make the 100-point scale; in «Tiêu chí chung» the criteria maxima make each regime's
 * general-criteria maximum.
 */
@Component
class ScaleTotals implements RuleSetCheck {
    static final String TASK_MAX = "Điểm kết quả nhiệm vụ tối đa";
    static final String GENERAL_MAX = "Điểm tiêu chí chung tối đa";
    static final String CRITERION_MAX = "Điểm tối đa";
    private static final double SCALE = 100;
    private static final double EPSILON = 1e-9;

    @Override
    public List<RuleProblem> check(RuleSetFiles files, CompiledRuleSet compiled) {
        List<ScaleRow> scales = compiled.rows().stream().filter(ScaleRow.class::isInstance).map(ScaleRow.class::cast).toList();
        List<CriterionRow> criteria = compiled.rows().stream().filter(CriterionRow.class::isInstance)
                .map(CriterionRow.class::cast).toList();
        List<RuleProblem> problems = new ArrayList<>();
        for (ScaleRow scale : scales) {
            double total = scale.getTaskMax() + scale.getGeneralMax();
            if (Math.abs(total - SCALE) > EPSILON) {
                String task = compiled.cellOf(scale, TASK_MAX);
                String general = Cells.shortName(compiled.cellOf(scale, GENERAL_MAX));
                problems.add(new RuleProblem(task, "Chế độ " + RegimeNames.of(compiled, scale.getRegime()) + ": điểm kết quả nhiệm vụ tối đa "
                        + Cells.number(scale.getTaskMax()) + " (ô " + Cells.shortName(task) + ") cộng điểm tiêu chí chung tối đa "
                        + Cells.number(scale.getGeneralMax()) + " (ô " + general + ") bằng " + Cells.number(total)
                        + ", phải bằng 100", "ô " + Cells.shortName(task) + " + ô " + general + " = 100"));
            }
        }
        if (!criteria.isEmpty()) {
            problems.addAll(criteriaTotal(scales, criteria, compiled));
        }
        return problems;
    }

    private static List<RuleProblem> criteriaTotal(List<ScaleRow> scales, List<CriterionRow> criteria, CompiledRuleSet compiled) {
        double sum = criteria.stream().mapToDouble(CriterionRow::getMax).sum();
        List<ScaleRow> differing = scales.stream().filter(s -> Math.abs(s.getGeneralMax() - sum) > EPSILON).toList();
        if (differing.isEmpty()) {
            return List.of();
        }
        String first = Cells.shortName(compiled.cellOf(criteria.get(0), CRITERION_MAX));
        String last = compiled.cellOf(criteria.get(criteria.size() - 1), CRITERION_MAX);
        String terms = criteria.stream().map(c -> Cells.number(c.getMax())).collect(Collectors.joining(" + "));
        String regimes = differing.stream().map(s -> Cells.number(s.getGeneralMax()) + " ở chế độ " + RegimeNames.of(compiled, s.getRegime())
                + " (" + Cells.inSheet(compiled.cellOf(s, GENERAL_MAX)) + ")").collect(Collectors.joining(", "));
        return List.of(new RuleProblem(last, "Tổng điểm tối đa các tiêu chí chung (" + first + "–" + Cells.shortName(last)
                + ": " + terms + ") là " + Cells.number(sum) + " nhưng điểm tiêu chí chung tối đa là "
                + regimes + "; hai số phải bằng nhau",
                "tổng các ô " + first + "–" + Cells.shortName(last) + " bằng điểm tiêu chí chung tối đa của từng chế độ"));
    }
}
