package vn.gov.sokhcn.kpi.appraisal.decided;

/** Where a rating used by an outcome or a report comes from: a decision of the competent person, or the run's proposal. */
public enum RatingSource {
    DECISION, RUN
}
