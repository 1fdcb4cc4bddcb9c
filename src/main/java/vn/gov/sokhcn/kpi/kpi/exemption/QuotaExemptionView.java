package vn.gov.sokhcn.kpi.kpi.exemption;

record QuotaExemptionView(Long id, String period, String agency, String approvedBy, String note) {
}
