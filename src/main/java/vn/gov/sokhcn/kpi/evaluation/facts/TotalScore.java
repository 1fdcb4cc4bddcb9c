package vn.gov.sokhcn.kpi.evaluation.facts;

/** Task-result points plus general-criteria points. */
public record TotalScore(String employeeId, double score, double taskPoints, double generalPoints) {
}
