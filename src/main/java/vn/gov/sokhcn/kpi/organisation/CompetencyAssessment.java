package vn.gov.sokhcn.kpi.organisation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The level 1–5 a person was assessed at in one competency, on a date; the training plan compares it with the position's. */
@Table("competency_assessments")
public record CompetencyAssessment(@Id Long id, Long employeeId, Long competencyId, int assessedLevel,
                                   LocalDate assessedOn, String assessor, String note) {

    public CompetencyAssessment withId(Long id) {
        return new CompetencyAssessment(id, employeeId, competencyId, assessedLevel, assessedOn, assessor, note);
    }
}
