package vn.gov.sokhcn.kpi.organisation;

import org.springframework.data.relational.core.mapping.Table;

/** A competency a position requires, at a level 1–5 (a row of position_competencies). */
@Table("position_competencies")
public record RequiredCompetency(Long competencyId, int requiredLevel) {
}
