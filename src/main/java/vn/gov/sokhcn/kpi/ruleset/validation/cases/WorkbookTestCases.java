package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * A version passes only if every case of its workbooks' «Kiểm thử» sheets gets the expected score and rating.
 * One mistake, one message: while a table has a problem (a gap, an overlap, a wrong type), its failing cases say
 * nothing more than that problem, so they are counted in one line after it instead of listed one by one.
 */
@Component
public class WorkbookTestCases {
    private final WorkbookTestRunner runner;

    public WorkbookTestCases(WorkbookTestRunner runner) {
        this.runner = runner;
    }

    /** Every failing case at its row. */
    public List<RuleProblem> check(RuleSetFiles files, CompiledRuleSet compiled) {
        return check(files, compiled, List.of());
    }

    /** The failing cases, or, when {@code tableProblems} is not empty, one line counting them. */
    public List<RuleProblem> check(RuleSetFiles files, CompiledRuleSet compiled, List<RuleProblem> tableProblems) {
        WorkbookTestRunner.Report report = runner.run(files, compiled);
        List<RuleProblem> problems = new ArrayList<>(report.unreadable());
        List<CaseResult> failing = report.cases().stream().filter(c -> !c.passed()).toList();
        if (tableProblems.isEmpty()) {
            failing.forEach(c -> problems.add(new RuleProblem(c.location(), c.message())));
        } else if (!failing.isEmpty()) {
            problems.add(blocked(tableProblems, failing.stream()
                    .collect(Collectors.groupingBy(c -> c.location().split("!", 2)[0], TreeMap::new, Collectors.summingInt(c -> 1)))));
        }
        return problems;
    }

    /** The one line for a set that did not compile: none of its cases could run. */
    public List<RuleProblem> notRun(RuleSetFiles files, List<RuleProblem> compileProblems) {
        Map<String, Integer> counts = WorkbookTestRunner.count(files);
        return counts.isEmpty() || compileProblems.isEmpty() ? List.of() : List.of(blocked(compileProblems, counts));
    }

    /** «16 ca kiểm thử không chạy được vì lỗi trên (cham-diem.drl.xlsx: 3, …)», at the file of the first table problem. */
    private static RuleProblem blocked(List<RuleProblem> tableProblems, Map<String, Integer> perWorkbook) {
        int total = perWorkbook.values().stream().mapToInt(Integer::intValue).sum();
        String where = perWorkbook.entrySet().stream()
                .map(e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1) + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        String location = tableProblems.get(0).location().split("!", 2)[0].replaceFirst(":\\d+$", "");
        return new RuleProblem(location, total + " ca kiểm thử không chạy được vì lỗi trên (" + where + ")");
    }
}
