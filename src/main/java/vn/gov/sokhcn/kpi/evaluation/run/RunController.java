package vn.gov.sokhcn.kpi.evaluation.run;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.organisation.StaffType;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** Official runs: start one for a stored period, list a period's runs, read a run and its results. No update, no delete. */
@RestController
class RunController {
    private final OfficialRuns runs;
    private final StoredPeriodFacts periods;
    private final RunSummaries summaries;
    private final RunResults results;

    RunController(OfficialRuns runs, StoredPeriodFacts periods, RunSummaries summaries, RunResults results) {
        this.runs = runs;
        this.periods = periods;
        this.summaries = summaries;
        this.results = results;
    }

    @PostMapping("/api/periods/{code}/runs")
    ResponseEntity<RunSummary> run(@PathVariable String code) {
        long id = runs.run(code);
        return ResponseEntity.created(URI.create("/api/runs/" + id)).body(summaries.get(id));
    }

    @GetMapping("/api/periods/{code}/runs")
    PageResponse<RunSummary> ofPeriod(@PathVariable String code, @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        List<FieldProblem> problems = ListChecks.problems();
        Paging paging = ListChecks.check(page, size, problems);
        ListChecks.refuse(problems);
        return summaries.ofPeriod(periods.period(code), paging);
    }

    @GetMapping("/api/runs/{id}")
    RunSummary get(@PathVariable long id) {
        return summaries.get(id);
    }

    @GetMapping("/api/runs/{id}/results")
    PageResponse<RunResultView> results(@PathVariable long id, @RequestParam(required = false) String unit,
                                        @RequestParam(required = false) String rating,
                                        @RequestParam(required = false) String staffType,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        List<FieldProblem> problems = ListChecks.problems();
        Paging paging = ListChecks.check(page, size, problems);
        ListChecks.checkCode(rating, Rating.class, "rating", problems);
        ListChecks.checkCode(staffType, StaffType.class, "staffType", problems);
        ListChecks.refuse(problems);
        summaries.get(id); // 404 for a run that does not exist
        return results.of(id, new RunResults.Filter(blankToNull(unit), rating, staffType), paging);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
