package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * Products of task-based work: {@code late} products were delivered after the deadline (they are
 * not in {@code onTime}); {@code failedMajorError} products were returned for a major content error
 * before being accepted. A confirmed objective cause waives both deductions.
 */
public record TaskCounts(double assigned, double done, double atQuality, double onTime, double late,
                         double failedMajorError, boolean objectiveCause) {
}
