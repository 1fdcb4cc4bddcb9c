package vn.gov.sokhcn.kpi.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A person as the API shows them: {@code unit} and {@code position} by code. */
record EmployeeView(Long id, String code, String fullName, String unit, String position, StaffType staffType,
                    Leadership leadership, String taskGroup, BigDecimal salaryCoefficient, LocalDate startDate,
                    LocalDate endDate) {

    static EmployeeView of(Employee e, Map<Long, String> unitCodes, Map<Long, String> positionCodes) {
        return new EmployeeView(e.id(), e.code(), e.fullName(), unitCodes.get(e.unitId()), positionCodes.get(e.positionId()),
                e.staffType(), e.leadership(), e.taskGroup(), e.salaryCoefficient(), e.startDate(), e.endDate());
    }
}
