package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.evaluation.run.SubjectResultViews.PeriodResult;
import vn.gov.sokhcn.kpi.evaluation.run.SubjectResultViews.UnitPeriodResults;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** Results by subject: a person across periods, a unit and its people in a period (latest completed runs). */
@RestController
class SubjectResultController {
    private final SubjectResults results;
    private final StoredPeriodFacts periods;

    SubjectResultController(SubjectResults results, StoredPeriodFacts periods) {
        this.results = results;
        this.periods = periods;
    }

    @GetMapping("/api/employees/{code}/results")
    PageResponse<PeriodResult> ofEmployee(@PathVariable String code, @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        List<FieldProblem> problems = ListChecks.problems();
        Paging paging = ListChecks.check(page, size, problems);
        ListChecks.refuse(problems);
        return results.ofEmployee(code, paging);
    }

    @GetMapping("/api/units/{code}/results")
    UnitPeriodResults ofUnit(@PathVariable String code, @RequestParam(required = false) String period) {
        if (period == null || period.isBlank()) {
            ListChecks.refuse(List.of(new FieldProblem("period", "Thiếu mã kỳ đánh giá (ví dụ period=2026-01)")));
        }
        return results.ofUnit(code, periods.period(period));
    }
}
