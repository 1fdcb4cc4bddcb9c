package vn.gov.sokhcn.kpi.evaluation.facts;

/** One agency and one task group, among whose people the HTXSNV quota is counted. */
public record QuotaGroup(String agency, String taskGroup) {
}
