package vn.gov.sokhcn.kpi.demo;

import java.sql.Types;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Periods (the 2023 pilot months, the months, quarters and year of 2026), and the records that
 * change a rating whatever the score: discipline and degradation, leave, a sanctioned unit, an
 * approved exception to the HTXSNV quota.
 */
@Component
class CalendarDemo {
    private final JdbcTemplate jdbc;

    CalendarDemo(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write() {
        writePeriods("periods.csv");
        int[] recordTypes = {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR};
        jdbc.batchUpdate("""
                INSERT INTO discipline_records (employee_id, kind, decided_on, decision_no, note)
                VALUES ((SELECT id FROM employees WHERE code = ?), ?, ?, ?, ?)""",
                DemoFiles.read("discipline-records.csv").stream().map(r -> new Object[] {r.text("employee"), r.text("kind"),
                        r.date("decided_on"), r.optional("decision_no"), r.optional("note")}).toList(), recordTypes);
        jdbc.batchUpdate("""
                INSERT INTO leave_records (employee_id, kind, start_date, end_date, note)
                VALUES ((SELECT id FROM employees WHERE code = ?), ?, ?, ?, ?)""",
                DemoFiles.read("leave-records.csv").stream().map(r -> new Object[] {r.text("employee"), r.text("kind"),
                        r.date("start_date"), r.date("end_date"), r.optional("note")}).toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR});
        jdbc.batchUpdate("""
                INSERT INTO unit_sanctions (unit_id, decided_on, decision_no, note)
                VALUES ((SELECT id FROM units WHERE code = ?), ?, ?, ?)""",
                DemoFiles.read("unit-sanctions.csv").stream().map(r -> new Object[] {r.text("unit"), r.date("decided_on"),
                        r.optional("decision_no"), r.optional("note")}).toList(),
                new int[] {Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR});
        jdbc.batchUpdate("""
                INSERT INTO quota_exemptions (period_id, unit_id, approved_by, note)
                VALUES ((SELECT id FROM periods WHERE code = ?), (SELECT id FROM units WHERE code = ?), ?, ?)""",
                DemoFiles.read("quota-exemptions.csv").stream().map(r -> new Object[] {r.text("period"), r.text("unit"),
                        r.text("approved_by"), r.optional("note")}).toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
    }

    /** The periods of a demo file (the year's close adds December and the fourth quarter from its own). */
    void writePeriods(String file) {
        DemoSql.batch(jdbc, "INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES (?, ?, ?, ?, ?)",
                DemoFiles.read(file).stream().map(r -> new Object[] {r.text("code"), r.text("kind"),
                        r.date("start_date"), r.date("end_date"), r.flag("pilot")}).toList());
    }
}
