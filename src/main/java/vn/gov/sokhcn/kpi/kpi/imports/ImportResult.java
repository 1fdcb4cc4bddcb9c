package vn.gov.sokhcn.kpi.kpi.imports;

/**
 * What an import wrote: the rows it read (those with an indicator), and assignments and measurements
 * created, updated, or found unchanged (left as they were, with their original author and time).
 */
public record ImportResult(String period, String file, int rows,
                           int assignmentsCreated, int assignmentsUpdated, int assignmentsUnchanged,
                           int measurementsCreated, int measurementsUpdated, int measurementsUnchanged) {
}
