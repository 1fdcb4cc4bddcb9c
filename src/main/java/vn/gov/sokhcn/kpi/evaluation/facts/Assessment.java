package vn.gov.sokhcn.kpi.evaluation.facts;

/** A person's rating as it stands after one stage. */
public record Assessment(String employeeId, Stage stage, Rating rating) {
}
