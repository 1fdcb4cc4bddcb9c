package vn.gov.sokhcn.kpi.evaluation.facts;

/** The general-criteria points of a person. */
public record GeneralScore(String employeeId, double points) {
}
