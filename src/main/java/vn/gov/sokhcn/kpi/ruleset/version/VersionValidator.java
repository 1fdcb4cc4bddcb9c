package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetProblemsException;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetCheck;

/** Compiles a version (cached by {@link ActiveRuleSet}) and runs every {@link RuleSetCheck} on it; remembers the result. */
@Component
class VersionValidator {
    private final ActiveRuleSet active;
    private final List<RuleSetCheck> checks;
    private final Map<Integer, List<ProblemView>> results = new ConcurrentHashMap<>();

    VersionValidator(ActiveRuleSet active, List<RuleSetCheck> checks) {
        this.active = active;
        this.checks = checks;
    }

    List<ProblemView> problems(int version, RuleSetFiles files) {
        return results.computeIfAbsent(version, v -> validate(v, files));
    }

    private List<ProblemView> validate(int version, RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        try {
            CompiledRuleSet compiled = active.compiled(version, files);
            checks.forEach(check -> problems.addAll(check.check(files, compiled)));
        } catch (RuleSetProblemsException e) {
            problems.addAll(e.problems());
        }
        return problems.stream().map(ProblemView::of).toList();
    }
}
