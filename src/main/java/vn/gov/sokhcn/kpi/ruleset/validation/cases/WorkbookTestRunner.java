package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.evaluation.api.ResultAssembler;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * Runs the cases of every workbook's «Kiểm thử» sheet with a compiled rule set, in process: each
 * case (the rows of one «Mã ca») is one evaluation request; the first row of each person gets a result.
 */
@Component
public class WorkbookTestRunner {
    private final FactAssembler facts;
    private final RuleSessionRunner runner;
    private final ResultAssembler results;

    public WorkbookTestRunner(FactAssembler facts, RuleSessionRunner runner, ResultAssembler results) {
        this.facts = facts;
        this.runner = runner;
        this.results = results;
    }

    /** The results of the cases, and the cells of the rows that could not be read (those rows are not run). */
    public record Report(List<CaseResult> cases, List<RuleProblem> unreadable) {
    }

    public Report run(RuleSetFiles files, CompiledRuleSet compiled) {
        List<List<CaseRow>> groups = new ArrayList<>();
        List<RuleProblem> unreadable = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            if (file.getKey().startsWith(RuleSetFiles.TABLES) && file.getKey().endsWith(".xlsx")) {
                CaseSheet sheet = CaseSheet.read(file.getKey(), file.getValue());
                unreadable.addAll(sheet.problems());
                groups.addAll(grouped(sheet.rows()));
            }
        }
        // Cases are independent evaluations on a shared, immutable build: run on every core, reported in sheet order.
        List<CaseResult> cases = groups.parallelStream().map(group -> run(group, compiled)).flatMap(List::stream).toList();
        return new Report(cases, unreadable);
    }

    /** How many cases (a row per person) each workbook's «Kiểm thử» sheet holds, without running them. */
    public static Map<String, Integer> count(RuleSetFiles files) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            if (file.getKey().startsWith(RuleSetFiles.TABLES) && file.getKey().endsWith(".xlsx")) {
                int persons = 0;
                for (List<CaseRow> group : grouped(CaseSheet.read(file.getKey(), file.getValue()).rows())) {
                    persons += (int) group.stream().map(CaseRequest::personOf).distinct().count();
                }
                if (persons > 0) {
                    counts.put(file.getKey(), persons);
                }
            }
        }
        return counts;
    }

    private List<CaseResult> run(List<CaseRow> rows, CompiledRuleSet compiled) {
        EvaluationResponse response = null;
        String error = null;
        try {
            var assembled = facts.assemble(CaseRequest.of(rows));
            response = results.assemble(assembled, runner.run(compiled, assembled));
        } catch (InvalidRequestException e) {
            error = String.join(" ", e.problems().stream().map(p -> p.message()).toList()); // the API's field paths mean nothing in a sheet
        } catch (RuntimeException e) {
            error = e.getMessage();
        }
        List<CaseResult> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CaseRow row : rows) {
            String person = CaseRequest.personOf(row);
            if (!seen.add(person)) {
                continue; // a further assignment of a person: the person's first row holds the expectation
            }
            var result = response == null ? null
                    : response.employees().stream().filter(e -> e.id().equals(person)).findFirst().orElse(null);
            Double expected = row.number(CaseColumn.EXPECTED_SCORE);
            out.add(new CaseResult(row.location(), row.caseId(), row.description(), person,
                    expected == null ? null : BigDecimal.valueOf(expected), row.text(CaseColumn.EXPECTED_RATING),
                    result == null ? null : result.score(), result == null ? null : result.rating(), error));
        }
        return out;
    }

    /** Rows next to each other with the same «Mã ca» are one case. */
    private static List<List<CaseRow>> grouped(List<CaseRow> rows) {
        List<List<CaseRow>> groups = new ArrayList<>();
        for (CaseRow row : rows) {
            List<CaseRow> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.get(0).caseId().equals(row.caseId())) {
                last.add(row);
            } else {
                groups.add(new ArrayList<>(List.of(row)));
            }
        }
        return groups;
    }
}
