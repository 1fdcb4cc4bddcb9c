package vn.gov.sokhcn.kpi.organisation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A leave of a person from {@code startDate} to {@code endDate}, both included. */
@Table("leave_records")
public record LeaveRecord(@Id Long id, Long employeeId, LeaveKind kind, LocalDate startDate, LocalDate endDate,
                          String note) {

    public LeaveRecord withId(Long id) {
        return new LeaveRecord(id, employeeId, kind, startDate, endDate, note);
    }
}
