package vn.gov.sokhcn.kpi.organisation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A person to create or replace; {@code unit} and {@code position} are codes. */
record EmployeeRequest(
        @NotBlank(message = "Thiếu mã cán bộ") @BusinessCode String code,
        @NotBlank(message = "Thiếu họ tên") @Size(max = 200, message = "Họ tên dài tối đa 200 ký tự") String fullName,
        @NotBlank(message = "Thiếu đơn vị") String unit,
        String position,
        @NotNull(message = "Thiếu loại cán bộ (CIVIL_SERVANT, PUBLIC_EMPLOYEE hoặc CONTRACT_WORKER)") StaffType staffType,
        @NotNull(message = "Thiếu chức vụ lãnh đạo (NONE, DEPUTY_HEAD, HEAD, DEPUTY_DIRECTOR hoặc DIRECTOR)") Leadership leadership,
        @Size(max = 40, message = "Nhóm nhiệm vụ dài tối đa 40 ký tự") String taskGroup,
        @DecimalMin(value = "0", inclusive = false, message = "Hệ số lương phải lớn hơn 0")
        @Digits(integer = 4, fraction = 2, message = "Hệ số lương có tối đa 4 chữ số phần nguyên và 2 chữ số thập phân")
        BigDecimal salaryCoefficient,
        @NotNull(message = "Thiếu ngày bắt đầu công tác") LocalDate startDate,
        LocalDate endDate) {

    Employee toEmployee(Long id, Long unitId, Long positionId) {
        String group = taskGroup == null || taskGroup.isBlank() ? null : taskGroup.strip();
        return new Employee(id, code.strip(), fullName.strip(), unitId, positionId, staffType, leadership, group,
                salaryCoefficient, startDate, endDate);
    }
}
