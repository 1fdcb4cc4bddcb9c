package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetProblemsException;
import vn.gov.sokhcn.kpi.ruleset.confinement.RuleCodeConfinement;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetCheck;
import vn.gov.sokhcn.kpi.ruleset.validation.cases.WorkbookTestCases;

/**
 * The problems of a version, stored with its SHA-256 ({@link ValidationStore}) so that every instance shows the same
 * and none validates the same files twice. A version awaiting an administrator's approval
 * ({@link RuleSetVersion#pendingApproval()}) gets only the checks that read files without running anything:
 * the data cells' literals and the confinement of rule code (one pass: {@link RuleCodeConfinement#check}). Any other version is compiled (confined first by
 * the compiler, cached by {@link ActiveRuleSet}) and every {@link RuleSetCheck} runs on it, then «Kiểm thử»: cases
 * that a table problem (or a failed compile) keeps from running are one line after that problem, not one each.
 */
@Component
class VersionValidator {
    private static final Logger log = LoggerFactory.getLogger(VersionValidator.class);
    private final ActiveRuleSet active;
    private final List<RuleSetCheck> checks;
    private final WorkbookTestCases cases;
    private final ValidationStore stored;

    VersionValidator(ActiveRuleSet active, List<RuleSetCheck> checks, WorkbookTestCases cases, ValidationStore stored) {
        this.active = active;
        this.checks = checks;
        this.cases = cases;
        this.stored = stored;
    }

    List<ProblemView> problems(RuleSetVersion version, RuleSetFiles files) {
        boolean staticOnly = version.pendingApproval();
        List<RuleProblem> problems = stored.find(version.version(), version.sha256(), staticOnly).orElseGet(() -> {
            List<RuleProblem> found = staticOnly ? RuleCodeConfinement.check(files) : validate(version.version(), files);
            stored.save(version.version(), version.sha256(), staticOnly, found);
            return found;
        });
        return views(problems);
    }

    private List<RuleProblem> validate(int version, RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        long start = System.nanoTime();
        long compiledAt = start;
        long checkedAt = start;
        try { // the compiler confines the rule code before it builds anything, approved or not
            CompiledRuleSet compiled = active.compiled(version, files);
            compiledAt = System.nanoTime();
            checks.forEach(check -> problems.addAll(check.check(files, compiled)));
            checkedAt = System.nanoTime();
            problems.addAll(cases.check(files, compiled, List.copyOf(problems)));
        } catch (RuleSetProblemsException e) {
            compiledAt = checkedAt = System.nanoTime();
            problems.addAll(e.problems());
            problems.addAll(cases.notRun(files, e.problems()));
        }
        long end = System.nanoTime(); // the split is what the benchmark of validation prints
        log.debug("Validated version {} in {} ms: compile {} ms, checks {} ms, test cases {} ms, {} problems", version,
                ms(end - start), ms(compiledAt - start), ms(checkedAt - compiledAt), ms(end - checkedAt), problems.size());
        return problems;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static List<ProblemView> views(List<RuleProblem> problems) {
        return problems.stream().map(ProblemView::of).toList();
    }
}
