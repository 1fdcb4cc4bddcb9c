package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.OffsetDateTime;
import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.RuleSetRef;

/**
 * A run as listed and answered: its period, state (RUNNING, COMPLETED, FAILED), the rule set it was
 * computed with, who started it and when, how many people and units it rated, and how many of each
 * got each rating (every rating code present, best first). {@code failure} says why a FAILED run failed.
 */
public record RunSummary(long id, String period, String periodKind, String state, RuleSetRef ruleSet, String regime,
                         String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, Counts counts,
                         Map<String, Long> ratings, Map<String, Long> unitRatings, String failure) {

    public record Counts(int employees, int units) {
    }
}
