package vn.gov.sokhcn.kpi.report;

import java.util.List;
import vn.gov.sokhcn.kpi.outcome.training.TrainingPlans;

/** The summary report (báo cáo tổng kết) of a range, as JSON; {@link SummaryWorkbook} writes the same figures as sheets. */
public record SummaryReport(ReportRange range, List<RatingDistribution.Row> ratingDistribution,
                            List<KpiAttainment.Period> kpiAttainment, List<RuleChanges.Change> ruleChanges,
                            List<TrialRows.Trial> trials, List<OutcomeSections.YearBonus> bonus,
                            List<OutcomeSections.YearStaffing> staffing, List<TrainingPlans.UnitPlan> training) {

    /** True when no period of the range has a completed official run. */
    public boolean withoutRuns() {
        return range.periods().stream().allMatch(p -> p.run() == null);
    }
}
