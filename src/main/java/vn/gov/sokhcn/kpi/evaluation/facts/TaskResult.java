package vn.gov.sokhcn.kpi.evaluation.facts;

/** The weighted achievement of a person's own assignments, scaled to the task-result points. */
public record TaskResult(String employeeId, int assignments, double weightedAchievement, double points,
                         double completedShare, double exceededShare) {
}
