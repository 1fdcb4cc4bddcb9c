package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.OffsetDateTime;
import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.RuleSetRef;

/**
 * A run as listed and answered: its period, state (RUNNING, COMPLETED, FAILED), the rule set it was
 * computed with, who started it and when, how many people and units it rated, and how many of each
 * got each rating (every rating code present, best first). {@code failure} says why a FAILED run failed.
 * {@code instance} is the service instance that ran it, {@code heartbeatAt} its last beat; {@code progress}
 * is there only while RUNNING (as of the last beat, see {@link RunProgress}).
 */
public record RunSummary(long id, String period, String periodKind, String state, RuleSetRef ruleSet, String regime,
                         String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, Counts counts,
                         Map<String, Long> ratings, Map<String, Long> unitRatings, String failure, String instance,
                         OffsetDateTime heartbeatAt, Progress progress) {

    public record Counts(int employees, int units) {
    }

    /** How far a RUNNING run has got: percent (0-99) and people whose results are written, of all. */
    public record Progress(int percent, int peopleDone, int peopleTotal) {
    }
}
