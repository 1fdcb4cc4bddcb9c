package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetProblemsException;
import vn.gov.sokhcn.kpi.ruleset.confinement.RuleCodeConfinement;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetCheck;
import vn.gov.sokhcn.kpi.ruleset.validation.cases.WorkbookTestCases;

/**
 * The problems of a version, remembered per version. A version awaiting an administrator's approval
 * ({@link RuleSetVersion#pendingApproval()}) gets only the checks that read files without running anything:
 * the data cells' literals and the confinement of rule code (one pass: {@link RuleCodeConfinement#check}). Any other version is compiled (confined first by
 * the compiler, cached by {@link ActiveRuleSet}) and every {@link RuleSetCheck} runs on it, then «Kiểm thử»: cases
 * that a table problem (or a failed compile) keeps from running are one line after that problem, not one each.
 */
@Component
class VersionValidator {
    private final ActiveRuleSet active;
    private final List<RuleSetCheck> checks;
    private final WorkbookTestCases cases;
    private final Map<Key, List<ProblemView>> results = new ConcurrentHashMap<>();
    private final Map<Key, List<ProblemView>> staticResults = new ConcurrentHashMap<>();

    /** A version with its files' SHA-256, as {@link ActiveRuleSet} keeps builds: a result serves only the same files. */
    private record Key(int version, String sha256) {
    }

    VersionValidator(ActiveRuleSet active, List<RuleSetCheck> checks, WorkbookTestCases cases) {
        this.active = active;
        this.checks = checks;
        this.cases = cases;
    }

    List<ProblemView> problems(RuleSetVersion version, RuleSetFiles files) {
        if (version.pendingApproval()) {
            return staticResults.computeIfAbsent(new Key(version.version(), version.sha256()), k -> views(RuleCodeConfinement.check(files)));
        }
        return results.computeIfAbsent(new Key(version.version(), version.sha256()), k -> validate(k.version(), files));
    }

    private List<ProblemView> validate(int version, RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        try { // the compiler confines the rule code before it builds anything, approved or not
            CompiledRuleSet compiled = active.compiled(version, files);
            checks.forEach(check -> problems.addAll(check.check(files, compiled)));
            problems.addAll(cases.check(files, compiled, List.copyOf(problems)));
        } catch (RuleSetProblemsException e) {
            problems.addAll(e.problems());
            problems.addAll(cases.notRun(files, e.problems()));
        }
        return views(problems);
    }

    private static List<ProblemView> views(List<RuleProblem> problems) {
        return problems.stream().map(ProblemView::of).toList();
    }
}
