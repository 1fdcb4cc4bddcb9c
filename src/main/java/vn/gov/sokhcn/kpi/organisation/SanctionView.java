package vn.gov.sokhcn.kpi.organisation;

import java.time.LocalDate;

record SanctionView(Long id, String unit, LocalDate decidedOn, String decisionNo, String note) {

    static SanctionView of(UnitSanction s, String unitCode) {
        return new SanctionView(s.id(), unitCode, s.decidedOn(), s.decisionNo(), s.note());
    }
}
