package vn.gov.sokhcn.kpi.kpi.assignment;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator given for a period to exactly one holder, a unit or a person, with its target,
 * weight and optional threshold and stretch; {@code cascadedFromId}: the assignment it was copied from.
 */
@Table("assignments")
record Assignment(@Id Long id, Long periodId, Long indicatorId, Long unitId, Long employeeId, BigDecimal target,
                  BigDecimal weight, BigDecimal threshold, BigDecimal stretch, Long cascadedFromId) {

    Assignment withId(Long id) {
        return new Assignment(id, periodId, indicatorId, unitId, employeeId, target, weight, threshold, stretch, cascadedFromId);
    }

    /** A copy of this assignment for another holder, pointing back at this one. */
    Assignment cascadedTo(Long unit, Long employee) {
        return new Assignment(null, periodId, indicatorId, unit, employee, target, weight, threshold, stretch, id);
    }

    Assignment overwrittenBy(Assignment source) {
        return new Assignment(id, periodId, indicatorId, unitId, employeeId, source.target, source.weight, source.threshold,
                source.stretch, source.id);
    }
}
