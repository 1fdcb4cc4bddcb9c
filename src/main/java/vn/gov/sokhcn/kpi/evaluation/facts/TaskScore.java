package vn.gov.sokhcn.kpi.evaluation.facts;

/** The task-result points that count in the total (after a deputy's unit component, if any). */
public record TaskScore(String employeeId, double points) {
}
