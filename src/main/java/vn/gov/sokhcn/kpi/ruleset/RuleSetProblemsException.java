package vn.gov.sokhcn.kpi.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used, with every problem found. */
public class RuleSetProblemsException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleSetProblemsException(List<RuleProblem> problems) {
        super("Bộ quy tắc có " + problems.size() + " lỗi:\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
