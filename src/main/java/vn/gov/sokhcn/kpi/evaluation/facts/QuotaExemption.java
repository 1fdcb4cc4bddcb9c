package vn.gov.sokhcn.kpi.evaluation.facts;

/** An administrator's recorded approval to exceed the HTXSNV quota in one agency. */
public record QuotaExemption(String agency, String approvedBy, String note) {
}
