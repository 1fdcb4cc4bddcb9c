package vn.gov.sokhcn.kpi.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test data of the outcome tests, written with SQL under codes of their own (NS…, years 2041–2045)
 * because the test context is shared: unit NSU under QLKH (so QLKH's head sees it), unit NSV at the
 * top, YEAR periods with completed and other runs, a position with required competencies and
 * assessments.
 */
public final class OutcomeData {
    private final JdbcClient jdbc;

    public OutcomeData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void ensure() {
        if (jdbc.sql("SELECT COUNT(*) FROM units WHERE code = 'NSU'").query(Long.class).single() > 0) {
            return;
        }
        long qlkh = id("units", "QLKH");
        jdbc.sql("INSERT INTO units (code, name, parent_id) VALUES ('NSU', 'Tổ nhân sự thử', :p)").param("p", qlkh).update();
        jdbc.sql("INSERT INTO units (code, name) VALUES ('NSV', 'Đơn vị ngoài')").update();
        jdbc.sql("INSERT INTO positions (code, name) VALUES ('NS-POS', 'Chuyên viên thử')").update();
        competency("NS-C1", "Phân tích chính sách", 4);
        competency("NS-C2", "Ngoại ngữ", 3);
        competency("NS-C3", "Tin học", 2);
        for (String code : new String[] {"NS01", "NS02", "NS03", "NS04", "NS06"}) {
            employee(code, "Cán bộ " + code, "NSU");
        }
        employee("NS07", "Cán bộ NS07", "NSV");
        long p41 = period("2041"), p42 = period("2042"), p43 = period("2043"), p44 = period("2044");
        period("2045");
        long r41 = run(p41, "COMPLETED");
        result(r41, "NS04", "HTXSNV");
        result(r41, "NS06", "KHTNV");
        long r42 = run(p42, "COMPLETED");
        result(r42, "NS01", "KHTNV");
        result(r42, "NS02", "HTTNV");
        result(r42, "NS03", "HTXSNV");
        result(r42, "NS04", "HTTNV");
        long early43 = run(p43, "COMPLETED"); // superseded by the later completed run
        result(early43, "NS03", "HTTNV");
        result(early43, "NS04", "KHTNV");
        long r43 = run(p43, "COMPLETED");
        result(r43, "NS01", "KHTNV");
        result(r43, "NS02", "KHTNV");
        result(r43, "NS03", "HTXSNV");
        result(r43, "NS04", "HTXSNV");
        result(r43, "NS06", "KHTNV");
        result(r43, "NS07", "KHTNV");
        long failed43 = run(p43, "FAILED"); // a later run that did not complete counts for nothing
        result(failed43, "NS03", "KHTNV");
        long running44 = run(p44, "RUNNING");
        result(running44, "NS01", "KHTNV");
        assess("NS01", "NS-C1", 1, "2041-03-01");
        assess("NS01", "NS-C2", 2, "2041-03-01");
        assess("NS01", "NS-C3", 2, "2041-03-01");
        assess("NS02", "NS-C1", 3, "2040-03-01");
        assess("NS02", "NS-C1", 4, "2041-03-01");
        assess("NS02", "NS-C2", 1, "2041-03-01");
        assess("NS07", "NS-C1", 2, "2041-03-01");
    }

    private long id(String table, String code) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE code = :c").param("c", code).query(Long.class).single();
    }

    private void competency(String code, String name, int required) {
        jdbc.sql("INSERT INTO competencies (code, name) VALUES (:c, :n)").param("c", code).param("n", name).update();
        jdbc.sql("INSERT INTO position_competencies (position_id, competency_id, required_level) VALUES (:p, :c, :l)")
                .param("p", id("positions", "NS-POS")).param("c", id("competencies", code)).param("l", required).update();
    }

    private void employee(String code, String name, String unit) {
        jdbc.sql("""
                INSERT INTO employees (code, full_name, unit_id, position_id, staff_type, leadership, start_date)
                VALUES (:c, :n, :u, :p, 'CIVIL_SERVANT', 'NONE', :s)""")
                .param("c", code).param("n", name).param("u", id("units", unit)).param("p", id("positions", "NS-POS"))
                .param("s", LocalDate.of(2015, 1, 1)).update();
    }

    private long period(String year) {
        int y = Integer.parseInt(year);
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES (:c, 'YEAR', :s, :e)").param("c", year)
                .param("s", LocalDate.of(y, 1, 1)).param("e", LocalDate.of(y, 12, 31)).update();
        return id("periods", year);
    }

    private long run(long period, String state) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO evaluation_runs (period_id, state, started_by, started_at) VALUES (:p, :s, 'hr', :t)")
                .param("p", period).param("s", state).param("t", OffsetDateTime.now()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void result(long run, String employee, String rating) {
        jdbc.sql("""
                INSERT INTO run_results (run_id, employee_id, unit_id, subject_code, subject_name, rating, details)
                SELECT :r, e.id, e.unit_id, e.code, e.full_name, :rating, '{}' FROM employees e WHERE e.code = :c""")
                .param("r", run).param("rating", rating).param("c", employee).update();
    }

    private void assess(String employee, String competency, int level, String on) {
        jdbc.sql("""
                INSERT INTO competency_assessments (employee_id, competency_id, assessed_level, assessed_on)
                VALUES (:e, :c, :l, :d)""").param("e", id("employees", employee)).param("c", id("competencies", competency))
                .param("l", level).param("d", LocalDate.parse(on)).update();
    }
}
