package vn.gov.sokhcn.kpi.kpi.period;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An evaluation period (kỳ đánh giá); its kind and dates always agree with its code. */
@Table("periods")
record Period(@Id Long id, String code, PeriodKind kind, LocalDate startDate, LocalDate endDate, boolean pilot) {

    Period withId(Long id) {
        return new Period(id, code, kind, startDate, endDate, pilot);
    }
}
