package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetCheck;

/** A version passes only if every case of its workbooks' «Kiểm thử» sheets gets the expected score and rating. */
@Component
public class WorkbookTestCases implements RuleSetCheck {
    private final WorkbookTestRunner runner;

    public WorkbookTestCases(WorkbookTestRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<RuleProblem> check(RuleSetFiles files, CompiledRuleSet compiled) {
        WorkbookTestRunner.Report report = runner.run(files, compiled);
        List<RuleProblem> problems = new ArrayList<>(report.unreadable());
        report.cases().stream().filter(c -> !c.passed())
                .forEach(c -> problems.add(new RuleProblem(c.location(), c.message())));
        return problems;
    }
}
