package vn.gov.sokhcn.kpi.kpi.assignment;

import java.math.BigDecimal;

/** An assignment as shown, its references by code; {@code measured}: a measurement has been entered. */
record AssignmentView(Long id, String period, String indicator, String unit, String employee, BigDecimal target,
                      BigDecimal weight, BigDecimal threshold, BigDecimal stretch, Long cascadedFrom, boolean measured) {
}
