package vn.gov.sokhcn.kpi.evaluation.facts;

/** A person moved down by the HTXSNV quota of their agency and task group. */
public record QuotaMove(String employeeId, String agency, String taskGroup, Rating to) {
}
