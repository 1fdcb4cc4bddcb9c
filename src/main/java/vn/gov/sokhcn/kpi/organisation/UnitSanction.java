package vn.gov.sokhcn.kpi.organisation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A unit handled for corruption, embezzlement or waste, by a decision on a date; it reaches the unit's leaders that year. */
@Table("unit_sanctions")
public record UnitSanction(@Id Long id, Long unitId, LocalDate decidedOn, String decisionNo, String note) {

    public UnitSanction withId(Long id) {
        return new UnitSanction(id, unitId, decidedOn, decisionNo, note);
    }
}
