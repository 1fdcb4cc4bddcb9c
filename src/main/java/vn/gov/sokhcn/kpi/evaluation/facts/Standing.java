package vn.gov.sokhcn.kpi.evaluation.facts;

/** A person's rating after every cap and override, before the HTXSNV quota. */
public record Standing(String employeeId, String agency, String taskGroup, Rating rating, double score,
                       double taskPoints, double generalPoints) {
}
