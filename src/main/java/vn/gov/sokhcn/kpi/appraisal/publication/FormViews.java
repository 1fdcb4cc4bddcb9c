package vn.gov.sokhcn.kpi.appraisal.publication;

import java.util.List;

/** What the appraisal form (phiếu đánh giá, xếp loại chất lượng) prints, every time already formatted for people. */
public final class FormViews {
    private FormViews() {
    }

    public record Form(long id, long employeeId, long unitId, boolean published, String periodLabel, String agencyName,
                String code, String name, String position, String unitName, String proposedScore,
                String proposedRating, String stepLabel, List<StepRow> steps, List<DecisionRow> decisions,
                List<ComplaintRow> complaints) {
    }

    /** A step of the procedure with its actor and time, its text and its own fields. */
    public record StepRow(String kind, String title, String actor, String actedAt, boolean late, String text,
                   List<Detail> details) {
    }

    public record Detail(String label, String value) {
    }

    /** A decision, proposed and decided side by side; a later one names the one it replaces. */
    public record DecisionRow(long id, String proposed, String decided, boolean differs, String reason, String cause,
                       String decidedBy, String decidedAt, Long replaces, String superiorDecisionNo) {
    }

    public record ComplaintRow(long id, String filedBy, String filedAt, String text, String resolveBy, String state,
                        String resolvedBy, String resolvedAt, String resolutionReason) {
    }
}
