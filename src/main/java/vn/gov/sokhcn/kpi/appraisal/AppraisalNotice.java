package vn.gov.sokhcn.kpi.appraisal;

/**
 * Published (after the step's transaction commits) whenever the procedure moves, so that work lists
 * and e-mail notices can tell the people who must act next. {@code appraisalId} is null for events of
 * a whole cycle (opened, published).
 */
public record AppraisalNotice(Kind kind, long cycleId, Long appraisalId, String actor) {

    public enum Kind {
        CYCLE_OPENED, SELF_ASSESSED, UNIT_REVIEWED, DECIDED, PUBLISHED, COMPLAINT_FILED, COMPLAINT_RESOLVED
    }
}
