package vn.gov.sokhcn.kpi.organisation;

import java.time.LocalDate;

record DisciplineView(Long id, String employee, DisciplineKind kind, LocalDate decidedOn, String decisionNo, String note) {

    static DisciplineView of(DisciplineRecord d, String employeeCode) {
        return new DisciplineView(d.id(), employeeCode, d.kind(), d.decidedOn(), d.decisionNo(), d.note());
    }
}
