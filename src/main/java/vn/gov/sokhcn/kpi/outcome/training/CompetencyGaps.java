package vn.gov.sokhcn.kpi.outcome.training;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The competencies people's positions require (position_competencies) against their latest
 * assessment (competency_assessments: the latest date, then the latest entry); a competency not yet
 * assessed has no gap to measure and is left out.
 */
@Component
class CompetencyGaps {
    private static final String GAPS = """
            SELECT e.code, c.code AS competency, c.name AS competency_name, pc.required_level, ca.assessed_level
            FROM employees e JOIN position_competencies pc ON pc.position_id = e.position_id
            JOIN competencies c ON c.id = pc.competency_id
            JOIN competency_assessments ca ON ca.employee_id = e.id AND ca.competency_id = pc.competency_id
            WHERE NOT EXISTS (SELECT 1 FROM competency_assessments later
                              WHERE later.employee_id = ca.employee_id AND later.competency_id = ca.competency_id
                                AND (later.assessed_on > ca.assessed_on OR (later.assessed_on = ca.assessed_on AND later.id > ca.id)))
              AND (e.end_date IS NULL OR e.end_date >= CURRENT_DATE) AND\s""";

    private final JdbcClient jdbc;

    CompetencyGaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CompetencyGap> ofEmployee(long employeeId) {
        return jdbc.sql(GAPS + "e.id = :id").param("id", employeeId).query(this::gap).list();
    }

    List<CompetencyGap> ofUnit(long unitId) {
        return jdbc.sql(GAPS + "e.unit_id = :id").param("id", unitId).query(this::gap).list();
    }

    private CompetencyGap gap(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CompetencyGap(rs.getString("code"), rs.getString("competency"), rs.getString("competency_name"),
                rs.getInt("required_level"), rs.getInt("assessed_level"));
    }
}
