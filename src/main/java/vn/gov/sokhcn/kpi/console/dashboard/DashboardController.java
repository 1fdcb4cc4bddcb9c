package vn.gov.sokhcn.kpi.console.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.sokhcn.kpi.appraisal.worklist.WorkList;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods.OfficialPeriod;
import vn.gov.sokhcn.kpi.console.shared.PersonResult;
import vn.gov.sokhcn.kpi.console.shared.StoredResults;

/**
 * The overview a signed-in user lands on: what waits for them in the appraisal procedure («Việc cần làm»), a period's
 * ratings per unit, KPI attainment per perspective, the pilot trend.
 */
@Controller
class DashboardController {
    private final OfficialPeriods periods;
    private final StoredResults results;
    private final DashboardCharts charts;
    private final WorkList workList;

    DashboardController(OfficialPeriods periods, StoredResults results, DashboardCharts charts, WorkList workList) {
        this.periods = periods;
        this.results = results;
        this.charts = charts;
        this.workList = workList;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String period, Model model) {
        model.addAttribute("work", workList.forCurrentUser(LocalDate.now()));
        model.addAttribute("periods", periods.all());
        Optional<OfficialPeriod> chosen = periods.chosen(period);
        model.addAttribute("period", chosen.orElse(null));
        chosen.ifPresent(p -> {
            List<PersonResult> people = results.people(p.runId());
            model.addAttribute("figures", Figures.of(people));
            model.addAttribute("distribution", charts.distribution(people));
            model.addAttribute("attainment", charts.attainment(p));
            model.addAttribute("own", people.size() == 1 ? people.get(0) : null);
            model.addAttribute("unpublishedOwn", results.unpublishedOwn(p.runId()));
            model.addAttribute("trend", charts.trend(p));
        });
        return "dashboard/index";
    }
}
