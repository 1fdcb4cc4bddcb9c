package vn.gov.sokhcn.kpi.report;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the summary report of a period range for the whole Department or a unit (see {@link RangeResolver} for the checks). */
@Service
public class SummaryReports {
    private final RangeResolver ranges;
    private final RatingDistribution ratings;
    private final KpiAttainment attainment;
    private final RuleChanges ruleChanges;
    private final TrialRows trials;
    private final OutcomeSections outcomes;

    SummaryReports(RangeResolver ranges, RatingDistribution ratings, KpiAttainment attainment, RuleChanges ruleChanges,
                   TrialRows trials, OutcomeSections outcomes) {
        this.ranges = ranges;
        this.ratings = ratings;
        this.attainment = attainment;
        this.ruleChanges = ruleChanges;
        this.trials = trials;
        this.outcomes = outcomes;
    }

    @Transactional(readOnly = true)
    public SummaryReport report(String from, String to, String unit) {
        ReportRange.Resolved range = ranges.resolve(from, to, unit);
        return new SummaryReport(range.range(), ratings.of(range), attainment.of(range), ruleChanges.of(range.range()),
                trials.of(range.range()), outcomes.bonus(range), outcomes.staffing(range), outcomes.training(range));
    }
}
