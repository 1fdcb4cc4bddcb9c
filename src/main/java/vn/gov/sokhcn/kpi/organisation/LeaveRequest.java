package vn.gov.sokhcn.kpi.organisation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A leave from {@code startDate} to {@code endDate}, both included. */
record LeaveRequest(
        @NotNull(message = "Thiếu loại nghỉ (MATERNITY, SICK, UNPAID hoặc OTHER)") LeaveKind kind,
        @NotNull(message = "Thiếu ngày bắt đầu nghỉ") LocalDate startDate,
        @NotNull(message = "Thiếu ngày kết thúc nghỉ") LocalDate endDate,
        String note) {
}
