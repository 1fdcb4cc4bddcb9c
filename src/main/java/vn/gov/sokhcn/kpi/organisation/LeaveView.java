package vn.gov.sokhcn.kpi.organisation;

import java.time.LocalDate;

record LeaveView(Long id, String employee, LeaveKind kind, LocalDate startDate, LocalDate endDate, String note) {

    static LeaveView of(LeaveRecord l, String employeeCode) {
        return new LeaveView(l.id(), employeeCode, l.kind(), l.startDate(), l.endDate(), l.note());
    }
}
