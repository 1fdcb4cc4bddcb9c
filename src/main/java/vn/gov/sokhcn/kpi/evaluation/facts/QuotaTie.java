package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * A person left tied at the HTXSNV quota cut of their agency and task group after every tie-break
 * key: they keep the rating proposed by the bands, and the competent person decides.
 */
public record QuotaTie(String employeeId, String agency, String taskGroup) {
}
