package vn.gov.sokhcn.kpi.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test data of the appraisal tests, written with SQL under codes of their own because the test context
 * is shared: an agency DGA at the top (Director DG01) with one division DGP (head DG02, staff DG03–DG05),
 * a user for each of them (password «demo»), and per test a YEAR period of its own (from 2101 on) with a
 * completed run. Appraisal steps and decisions cannot be deleted (the database refuses), so each test
 * works in its own period instead of cleaning up.
 */
final class AppraisalData {
    static final String[] PEOPLE = {"DG01", "DG02", "DG03", "DG04", "DG05"};

    private final JdbcClient jdbc;

    AppraisalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code hash}: the BCrypt hash of «demo». */
    void ensure(String hash) {
        if (jdbc.sql("SELECT COUNT(*) FROM units WHERE code = 'DGA'").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("INSERT INTO units (code, name, agency) VALUES ('DGA', 'Cơ quan đánh giá thử', TRUE)").update();
        jdbc.sql("INSERT INTO units (code, name, parent_id) VALUES ('DGP', 'Phòng đánh giá thử', :p)").param("p", id("units", "DGA"))
                .update();
        employee("DG01", "DGA", "DIRECTOR");
        employee("DG02", "DGP", "HEAD");
        employee("DG03", "DGP", "NONE");
        employee("DG04", "DGP", "NONE");
        employee("DG05", "DGP", "NONE");
        jdbc.sql("""
                INSERT INTO indicators (code, name, kind, polarity, frequency, owner_level)
                VALUES ('DG-KPI', 'Số hồ sơ thẩm định đúng hạn', 'KPI', 'HIGHER_IS_BETTER', 'YEAR', 'PERSON')""").update();
        user("dg-director", "UNIT_HEAD", "DG01", hash);
        user("dg-head", "UNIT_HEAD", "DG02", hash);
        user("dg03", "EMPLOYEE", "DG03", hash);
        user("dg04", "EMPLOYEE", "DG04", hash);
        user("dg05", "EMPLOYEE", "DG05", hash);
    }

    /** A new YEAR period with a completed run: DG01 HTXSNV, DG02 HTTNV, DG03 HTTNV, DG04 HTXSNV (tied at the cut), DG05 HTNV. */
    String newPeriod() {
        int year = 2101 + jdbc.sql("SELECT COUNT(*) FROM periods WHERE code LIKE '21__'").query(Long.class).single().intValue();
        String code = String.valueOf(year);
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES (:c, 'YEAR', :s, :e)").param("c", code)
                .param("s", LocalDate.of(year, 1, 1)).param("e", LocalDate.of(year, 12, 31)).update();
        long period = id("periods", code);
        long run = run(period);
        Map<String, Object[]> results = new LinkedHashMap<>();
        results.put("DG01", new Object[] {"92.50", "HTXSNV", false});
        results.put("DG02", new Object[] {"85.00", "HTTNV", false});
        results.put("DG03", new Object[] {"80.00", "HTTNV", false});
        results.put("DG04", new Object[] {"91.00", "HTXSNV", true});
        results.put("DG05", new Object[] {"60.00", "HTNV", false});
        results.forEach((employee, r) -> result(run, employee, new BigDecimal((String) r[0]), (String) r[1], (Boolean) r[2]));
        jdbc.sql("""
                INSERT INTO assignments (period_id, indicator_id, employee_id, target, weight)
                VALUES (:p, :i, :e, 10, 1)""").param("p", period).param("i", id("indicators", "DG-KPI"))
                .param("e", id("employees", "DG03")).update();
        return code;
    }

    /** A later completed run of the period, with {@code employee}'s proposal changed. */
    long newerRun(String period, String employee, String rating) {
        long run = run(id("periods", period));
        for (String code : PEOPLE) {
            result(run, code, new BigDecimal(code.equals(employee) ? "75.00" : "80.00"), code.equals(employee) ? rating : "HTTNV",
                    false);
        }
        return run;
    }

    long id(String table, String code) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE code = :c").param("c", code).query(Long.class).single();
    }

    private long run(long period) {
        Integer version = jdbc.sql("SELECT MAX(version) FROM rule_set_versions WHERE state = 'ACTIVE'").query(Integer.class)
                .optional().orElse(null);
        String sha = version == null ? null : jdbc.sql("SELECT sha256 FROM rule_set_versions WHERE version = ?").param(version)
                .query(String.class).single();
        var key = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, rule_set_version, rule_set_sha256, started_by, started_at, finished_at)
                VALUES (:p, 'COMPLETED', :v, :sha, 'hr', :t, :t)""")
                .param("p", period).param("v", version).param("sha", sha).param("t", now).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void result(long run, String employee, BigDecimal score, String rating, boolean tie) {
        String details = "{\"ratingLabel\":\"\",\"reasons\":[{\"rule\":\"Xếp loại theo điểm\",\"source\":"
                + "\"decision-tables/xep-loai.drl.xlsx!Xếp loại!B11\",\"message\":\"Điểm " + score + " được xếp loại " + rating
                + ".\"}]" + (tie ? ",\"quotaTie\":true" : "") + "}";
        jdbc.sql("""
                INSERT INTO run_results (run_id, employee_id, unit_id, subject_code, subject_name, score, rating, details, staff_type)
                SELECT :r, e.id, e.unit_id, e.code, e.full_name, :s, :rating, :d, e.staff_type FROM employees e WHERE e.code = :c""")
                .param("r", run).param("s", score).param("rating", rating).param("d", details).param("c", employee).update();
    }

    private void employee(String code, String unit, String leadership) {
        jdbc.sql("""
                INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
                VALUES (:c, :n, :u, 'CIVIL_SERVANT', :l, :s)""")
                .param("c", code).param("n", "Cán bộ " + code).param("u", id("units", unit)).param("l", leadership)
                .param("s", LocalDate.of(2015, 1, 1)).update();
    }

    private void user(String username, String role, String employee, String hash) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                INSERT INTO app_users (username, password_hash, display_name, role, employee_id, enabled, created_at, password_changed_at)
                VALUES (:u, :h, :d, :r, :e, TRUE, :t, :t)""")
                .param("u", username).param("h", hash).param("d", "Tài khoản " + employee).param("r", role)
                .param("e", id("employees", employee)).param("t", now).update();
    }
}
