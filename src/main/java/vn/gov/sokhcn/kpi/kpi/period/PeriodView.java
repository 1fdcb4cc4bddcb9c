package vn.gov.sokhcn.kpi.kpi.period;

import java.time.LocalDate;

record PeriodView(Long id, String code, PeriodKind kind, LocalDate start, LocalDate end, boolean pilot) {

    static PeriodView of(Period p) {
        return new PeriodView(p.id(), p.code(), p.kind(), p.startDate(), p.endDate(), p.pilot());
    }
}
