package vn.gov.sokhcn.kpi.appraisal.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link DecisionRules} in plain Java over the rows of the run's rule set: the quota and the leader
 * caps are a count and a share over one agency's list, so a rule session would add a build of facts
 * without deciding anything the rows do not already say; every number still comes from a row, and every
 * breach names that row's cell.
 */
@Component
class RowDecisionRules implements DecisionRules {
    private final RunGroups runs;

    RowDecisionRules(RunGroups runs) {
        this.runs = runs;
    }

    @Override
    public List<RuleBreach> check(long runId, List<DecidedRating> ratings, Long focus) {
        return check(runs.of(runId), ratings, focus);
    }

    static List<RuleBreach> check(RunGroup run, List<DecidedRating> ratings, Long focus) {
        List<RuleBreach> breaches = new ArrayList<>(QuotaCheck.check(run, ratings, focus));
        breaches.addAll(LeaderCapCheck.check(run, ratings, focus));
        return breaches;
    }
}
