package vn.gov.sokhcn.kpi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Periods where "the highest id" and "the run that finished last" disagree, under codes of their own
 * (LR…, years 2060–2061) because the test context is shared: agency LRA with LR01; YEAR 2060 with one
 * completed run (HTXSNV); YEAR 2061 and MONTH 2061-01 each with a run that started first and finished
 * last ({@link #late}, HTXSNV) and a run with a higher id that finished earlier ({@link #early}, KHTNV);
 * months 2061-02 and 2061-03 with one run each, and the quarter 2061-Q1.
 */
public final class LatestRunData {
    private static final OffsetDateTime T = OffsetDateTime.of(2061, 12, 31, 8, 0, 0, 0, ZoneOffset.UTC);
    private final JdbcClient jdbc;

    public LatestRunData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void ensure() {
        if (jdbc.sql("SELECT COUNT(*) FROM units WHERE code = 'LRA'").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("INSERT INTO units (code, name, agency) VALUES ('LRA', 'Chi cục thử lượt mới nhất', TRUE)").update();
        jdbc.sql("""
                INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
                VALUES ('LR01', 'Cán bộ LR01', (SELECT id FROM units WHERE code = 'LRA'), 'CIVIL_SERVANT', 'NONE', :s)""")
                .param("s", LocalDate.of(2015, 1, 1)).update();
        period("2060", "YEAR", LocalDate.of(2060, 1, 1), LocalDate.of(2060, 12, 31));
        run("2060", T.minusYears(1), T.minusYears(1).plusHours(1), "HTXSNV");
        period("2061", "YEAR", LocalDate.of(2061, 1, 1), LocalDate.of(2061, 12, 31));
        period("2061-Q1", "QUARTER", LocalDate.of(2061, 1, 1), LocalDate.of(2061, 3, 31));
        for (int m = 1; m <= 3; m++) {
            period("2061-0" + m, "MONTH", LocalDate.of(2061, m, 1), LocalDate.of(2061, m, 1).plusMonths(1).minusDays(1));
        }
        for (String period : new String[] {"2061", "2061-01"}) {
            run(period, T, T.plusHours(3), "HTXSNV");              // started first, finished last
            run(period, T.plusMinutes(5), T.plusHours(1), "KHTNV"); // higher id, finished earlier
        }
        run("2061-02", T, T.plusHours(1), "HTXSNV");
        run("2061-03", T, T.plusHours(1), "HTXSNV");
    }

    /** The run of the period that finished last (the latest completed run). */
    public long late(String period) {
        return runs(period, "ORDER BY r.finished_at DESC");
    }

    /** The run of the period with the highest id, which finished earlier. */
    public long early(String period) {
        return runs(period, "ORDER BY r.id DESC");
    }

    private long runs(String period, String order) {
        return jdbc.sql("SELECT r.id FROM evaluation_runs r JOIN periods p ON p.id = r.period_id WHERE p.code = ? "
                + order + " FETCH FIRST 1 ROWS ONLY").param(period).query(Long.class).single();
    }

    private void period(String code, String kind, LocalDate start, LocalDate end) {
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES (?, ?, ?, ?)")
                .params(code, kind, start, end).update();
    }

    private void run(String period, OffsetDateTime started, OffsetDateTime finished, String rating) {
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, rule_set_version, started_by, started_at, finished_at)
                VALUES ((SELECT id FROM periods WHERE code = ?), 'COMPLETED', 1, 'hr', ?, ?)""")
                .params(period, started, finished).update();
        long run = jdbc.sql("SELECT MAX(id) FROM evaluation_runs").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO run_results (run_id, employee_id, unit_id, subject_code, subject_name, score, rating, details)
                SELECT ?, e.id, e.unit_id, e.code, e.full_name, 80, ?, '{}' FROM employees e WHERE e.code = 'LR01'""")
                .params(run, rating).update();
        jdbc.sql("""
                INSERT INTO run_results (run_id, unit_id, subject_code, subject_name, score, rating, details)
                SELECT ?, u.id, u.code, u.name, 80, ?, '{}' FROM units u WHERE u.code = 'LRA'""")
                .params(run, rating).update();
    }
}
