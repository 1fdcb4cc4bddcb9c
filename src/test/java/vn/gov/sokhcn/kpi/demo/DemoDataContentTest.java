package vn.gov.sokhcn.kpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of the loaded demo: complete, consistent and usable by every feature that reads it. */
class DemoDataContentTest {
    private static DemoDatabase db;

    @BeforeAll
    static void load() {
        db = DemoDatabase.loaded();
    }

    @Test
    void shouldGiveEveryHolderWeightsTotallingExactlyOneHundredInEveryPeriod() {
        assertThat(db.jdbc().queryForList("""
                SELECT p.code || ' ' || COALESCE(u.code, e.code) || ' ' || CAST(SUM(a.weight) AS VARCHAR(20))
                FROM assignments a JOIN periods p ON p.id = a.period_id
                LEFT JOIN units u ON u.id = a.unit_id LEFT JOIN employees e ON e.id = a.employee_id
                GROUP BY p.code, u.code, e.code HAVING SUM(a.weight) <> 100""", String.class)).isEmpty();
        assertThat(db.jdbc().queryForObject("SELECT COUNT(DISTINCT COALESCE(unit_id, -employee_id)) FROM assignments", Long.class))
                .isEqualTo(9 + 60);
    }

    @Test
    void shouldCascadeEveryUnitAssignmentFromTheDepartmentsAssignmentOfTheSamePeriod() {
        assertThat(db.jdbc().queryForObject("""
                SELECT COUNT(*) FROM assignments a JOIN units u ON u.id = a.unit_id
                WHERE u.parent_id IS NOT NULL AND (a.cascaded_from_id IS NULL OR NOT EXISTS (
                    SELECT 1 FROM assignments f JOIN units r ON r.id = f.unit_id
                    WHERE f.id = a.cascaded_from_id AND r.parent_id IS NULL AND f.period_id = a.period_id))""", Long.class))
                .isZero();
        assertThat(db.jdbc().queryForObject("""
                SELECT COUNT(*) FROM assignments a JOIN assignments f ON f.id = a.cascaded_from_id
                WHERE a.employee_id IS NOT NULL AND (f.unit_id IS NULL OR f.indicator_id <> a.indicator_id)""", Long.class))
                .isZero();
    }

    @Test
    void shouldGiveEveryoneEmployedInAMonthTheirGeneralCriteriaAndEveryAssignmentAMeasurement() {
        assertThat(db.jdbc().queryForObject("""
                SELECT COUNT(*) FROM employees e JOIN periods p ON p.kind = 'MONTH'
                WHERE e.start_date <= p.end_date
                AND NOT EXISTS (SELECT 1 FROM general_criteria g WHERE g.employee_id = e.id AND g.period_id = p.id)""", Long.class))
                .isZero();
        assertThat(db.jdbc().queryForObject("""
                SELECT COUNT(*) FROM assignments a WHERE NOT EXISTS (SELECT 1 FROM measurements m WHERE m.assignment_id = a.id)""",
                Long.class)).isZero();
        assertThat(db.jdbc().queryForObject("""
                SELECT COUNT(*) FROM assignments a JOIN periods p ON p.id = a.period_id WHERE p.kind <> 'MONTH'""", Long.class))
                .isZero();
    }

    @Test
    void shouldAssessEveryoneOnTheirPositionsCompetenciesWithSomeFallingShort() {
        assertThat(db.jdbc().queryForObject("""
                SELECT COUNT(*) FROM employees e JOIN position_competencies pc ON pc.position_id = e.position_id
                WHERE NOT EXISTS (SELECT 1 FROM competency_assessments c
                                  WHERE c.employee_id = e.id AND c.competency_id = pc.competency_id)""", Long.class)).isZero();
        long short1 = gaps(1), short2 = gaps(2);
        assertThat(short1).isGreaterThanOrEqualTo(20);
        assertThat(short2).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldStoreTheScenariosOfTheDefaultPolicy() {
        assertThat(db.jdbc().queryForList("""
                SELECT e.code || ' ' || d.kind FROM discipline_records d JOIN employees e ON e.id = d.employee_id ORDER BY e.code""",
                String.class)).containsExactly("CB26 DEGRADATION", "CB32 REPRIMAND");
        assertThat(db.jdbc().queryForList("""
                SELECT e.code || ' ' || l.kind FROM leave_records l JOIN employees e ON e.id = l.employee_id ORDER BY e.code""",
                String.class)).containsExactly("CB09 SICK", "CB20 MATERNITY", "CB35 UNPAID");
        assertThat(db.jdbc().queryForObject("""
                SELECT u.code FROM unit_sanctions s JOIN units u ON u.id = s.unit_id""", String.class)).isEqualTo("TTTT");
        assertThat(db.jdbc().queryForObject("""
                SELECT m.tasks_late || '/' || m.tasks_failed_major_error FROM measurements m
                JOIN assignments a ON a.id = m.assignment_id JOIN employees e ON e.id = a.employee_id
                JOIN periods p ON p.id = a.period_id JOIN indicators i ON i.id = a.indicator_id
                WHERE e.code = 'CB27' AND p.code = '2026-05' AND i.code = 'CS21'""", String.class)).isEqualTo("2.00/1.00");
    }

    private static long gaps(int levels) {
        return db.jdbc().queryForObject("""
                SELECT COUNT(*) FROM competency_assessments c JOIN employees e ON e.id = c.employee_id
                JOIN position_competencies pc ON pc.position_id = e.position_id AND pc.competency_id = c.competency_id
                WHERE pc.required_level - c.assessed_level = ?""", Long.class, levels);
    }
}
