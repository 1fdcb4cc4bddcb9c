package vn.gov.sokhcn.kpi.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person of the Department. {@code taskGroup}: the quota's group of similar tasks (none: the
 * staff type is the group). {@code endDate}: the last day, for someone who left or moved.
 */
@Table("employees")
public record Employee(@Id Long id, String code, String fullName, Long unitId, Long positionId, StaffType staffType,
                       Leadership leadership, String taskGroup, BigDecimal salaryCoefficient, LocalDate startDate,
                       LocalDate endDate) {

    public Employee withId(Long id) {
        return new Employee(id, code, fullName, unitId, positionId, staffType, leadership, taskGroup, salaryCoefficient,
                startDate, endDate);
    }
}
