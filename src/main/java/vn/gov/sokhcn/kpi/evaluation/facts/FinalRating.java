package vn.gov.sokhcn.kpi.evaluation.facts;

/** A person's final rating. */
public record FinalRating(String employeeId, Rating rating) {
}
