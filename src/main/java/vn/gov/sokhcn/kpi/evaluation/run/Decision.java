package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.OffsetDateTime;

/**
 * The latest decided rating of a person for a period (the appraisal's, view {@code latest_decisions}),
 * shown beside the run's proposal; {@code published} tells whether its cycle is published.
 */
public record Decision(String rating, String ratingLabel, String decidedBy, OffsetDateTime decidedAt, String reason,
                       long decisionId, long appraisalId, boolean published) {
    /** What a member of staff reads instead of a result of a period not yet published. */
    public static final String NOT_PUBLISHED = "Kết quả kỳ này chưa được công bố";
}
