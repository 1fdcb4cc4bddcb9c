package vn.gov.sokhcn.kpi.kpi.exemption;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An exception to the HTXSNV quota approved for an agency (a unit with a quota of its own) in a period. */
@Table("quota_exemptions")
record QuotaExemption(@Id Long id, Long periodId, Long unitId, String approvedBy, String note) {

    QuotaExemption withId(Long id) {
        return new QuotaExemption(id, periodId, unitId, approvedBy, note);
    }
}
