package vn.gov.sokhcn.kpi.appraisal.rules;

import java.util.List;

/**
 * The rules that still bind a decision: the HTXSNV quota per agency and task group, and the leader
 * caps, checked on the decided ratings of a group under the rule set of the run the cycle rests on.
 */
public interface DecisionRules {

    /**
     * The breaches among {@code ratings} (everyone of one agency in the cycle of {@code runId}); empty
     * when the ratings may stand. {@code focus} is the person being decided now: only breaches that
     * person's rating causes or worsens are returned, or all when {@code focus} is null (publication).
     */
    List<RuleBreach> check(long runId, List<DecidedRating> ratings, Long focus);
}
