package vn.gov.sokhcn.kpi.appraisal;

import java.util.List;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.rules.DecidedRating;
import vn.gov.sokhcn.kpi.appraisal.rules.DecisionRules;
import vn.gov.sokhcn.kpi.appraisal.rules.RuleBreach;

/**
 * Stands in for the rules helper's DecisionRules (decision-tables/han-muc.drl.xlsx) until it is merged:
 * no breach, unless a test sets {@link #breaches} for its own group. Remove when the real bean lands
 * (two beans of the type would then clash).
 */
@Component
public class StubDecisionRules implements DecisionRules {
    private volatile BiFunction<List<DecidedRating>, Long, List<RuleBreach>> breaches = (ratings, focus) -> List.of();

    @Override
    public List<RuleBreach> check(long runId, List<DecidedRating> ratings, Long focus) {
        return breaches.apply(ratings, focus);
    }

    public void breaches(BiFunction<List<DecidedRating>, Long, List<RuleBreach>> breaches) {
        this.breaches = breaches;
    }

    public void none() {
        breaches = (ratings, focus) -> List.of();
    }
}
