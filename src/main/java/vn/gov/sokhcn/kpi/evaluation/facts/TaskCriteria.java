package vn.gov.sokhcn.kpi.evaluation.facts;

/** Quantity, quality and progress in percent of a task-count assignment, deductions applied. */
public record TaskCriteria(String key, double quantity, double quality, double progress) {
}
