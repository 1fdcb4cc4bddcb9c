package vn.gov.sokhcn.kpi.appraisal.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One appraisal as the API shows it: who, where, the run's proposal and the decision in force side by
 * side, every step with its actor, time and text, the decisions (latest first) and the complaints.
 * {@code proposed} and {@code decided} are null for the person themselves until the cycle is published.
 */
public record AppraisalView(long id, long cycle, String period, String agency, String employee, String name, String unit,
                     String unitName, String step, String stepLabel, String cycleState, Competent competent,
                     boolean tieAtQuotaCut, boolean selfAssessed, String selfAssessmentNote, Proposed proposed,
                     DecisionView decided, List<StepView> steps, List<DecisionView> decisions,
                     List<ComplaintView> complaints) {

    public record Competent(String kind, String employee, String name) {
    }

    public record Proposed(BigDecimal score, String rating, String ratingLabel, long runId, List<JsonNode> reasons) {
    }

    public record StepView(long id, String kind, String kindLabel, String actor, OffsetDateTime at, boolean late, String text,
                    JsonNode details) {
    }

    public record DecisionView(long id, String rating, String ratingLabel, String proposedRating, String reason, String cause,
                        Long replaces, long runId, String ruleSetSha256, String superiorDecisionNo, String decidedBy,
                        OffsetDateTime decidedAt) {
    }

    public record ComplaintView(long id, long decision, String text, String filedBy, OffsetDateTime filedAt, LocalDate resolveBy,
                         String state, boolean overdue, String resolutionReason, String resolvedBy,
                         OffsetDateTime resolvedAt, Long newDecision) {
    }
}
