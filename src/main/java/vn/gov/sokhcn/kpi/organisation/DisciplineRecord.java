package vn.gov.sokhcn.kpi.organisation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A discipline decision or a degradation conclusion about a person; it counts in the year it was decided. */
@Table("discipline_records")
public record DisciplineRecord(@Id Long id, Long employeeId, DisciplineKind kind, LocalDate decidedOn,
                               String decisionNo, String note) {

    public DisciplineRecord withId(Long id) {
        return new DisciplineRecord(id, employeeId, kind, decidedOn, decisionNo, note);
    }
}
