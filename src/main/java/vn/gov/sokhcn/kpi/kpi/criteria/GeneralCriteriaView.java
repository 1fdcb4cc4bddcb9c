package vn.gov.sokhcn.kpi.kpi.criteria;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** General-criteria points as shown, with the period, the person and the person's unit by code. */
record GeneralCriteriaView(Long id, String period, String employee, String unit, BigDecimal politics, BigDecimal ethics,
                           BigDecimal style, BigDecimal discipline, String enteredBy, OffsetDateTime enteredAt) {
}
