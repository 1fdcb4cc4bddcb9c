package vn.gov.sokhcn.kpi.evaluation.facts;

/** Marks an agency's task group whose HTXSNV count is within the quota (or has no quota). */
public record QuotaSettled(String agency, String taskGroup) {
}
