package vn.gov.sokhcn.kpi.outcome.bonus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds the data of a bonus test with SQL: units, people, a YEAR period and a completed run with its ratings. */
final class BonusData {
    private final JdbcClient jdbc;

    BonusData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BonusData unit(String code, String parent, boolean agency) {
        jdbc.sql("INSERT INTO units (code, name, parent_id, agency) VALUES (?, ?, (SELECT id FROM units WHERE code = ?), ?)")
                .params(code, "Đơn vị " + code, parent, agency).update();
        return this;
    }

    BonusData person(String code, String unit, String coefficient, String start, String end) {
        jdbc.sql("""
                INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, salary_coefficient, start_date, end_date)
                VALUES (?, ?, (SELECT id FROM units WHERE code = ?), 'CIVIL_SERVANT', 'NONE', ?, ?, ?)""")
                .params(code, "Cán bộ " + code, unit, new java.math.BigDecimal(coefficient), LocalDate.parse(start),
                        end == null ? null : LocalDate.parse(end)).update();
        return this;
    }

    /** A YEAR period of the year (if missing) and a COMPLETED run of it with these ratings; returns the run's id. */
    long yearRun(int year, Map<String, String> ratings) {
        String code = String.valueOf(year);
        if (jdbc.sql("SELECT COUNT(*) FROM periods WHERE code = ?").param(code).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES (?, 'YEAR', ?, ?)")
                    .params(code, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
        }
        OffsetDateTime at = OffsetDateTime.now().withNano(0);
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, started_by, started_at, finished_at)
                VALUES ((SELECT id FROM periods WHERE code = ?), 'COMPLETED', 'hr', ?, ?)""").params(code, at, at).update();
        long run = jdbc.sql("SELECT MAX(id) FROM evaluation_runs").query(Long.class).single();
        ratings.forEach((employee, rating) -> jdbc.sql("""
                INSERT INTO run_results (run_id, employee_id, unit_id, subject_code, subject_name, rating, details)
                SELECT ?, id, unit_id, code, full_name, ?, '{}' FROM employees WHERE code = ?""")
                .params(run, rating, employee).update());
        return run;
    }
}
