package vn.gov.sokhcn.kpi.appraisal.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** The bodies of the steps on one appraisal. */
public final class StepRequests {
    private StepRequests() {
    }

    /** The person's own report: results against their tasks, a proposed rating, the four criteria, a comment per assignment. */
    public record SelfAssessment(String text, Rating proposedRating, Criteria criteria, List<AssignmentComment> assignmentComments) {
    }

    public record Criteria(BigDecimal politics, BigDecimal ethics, BigDecimal style, BigDecimal discipline) {
    }

    /** {@code assignment}: the assignment's id or its indicator's code. */
    public record AssignmentComment(String assignment, String comment) {
    }

    /** The minutes of the unit's meeting. */
    public record UnitReview(LocalDate meetingDate, Integer present, String summary, Rating proposedRating) {
    }

    /** The competent person's decision; {@code superiorDecisionNo} when HR enters the superior agency's decision. */
    public record Decision(Rating rating, String reason, String superiorDecisionNo) {
    }
}
