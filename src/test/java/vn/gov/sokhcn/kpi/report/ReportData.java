package vn.gov.sokhcn.kpi.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The stored data of the report tests, written with SQL under codes of their own (R…, year 2031) in a
 * database of the test class's own: agency RA with units RB (and RC below it) and RD; people R01, R02 in
 * RB, R03 in RC, R04, R05 in RD, R05 reprimanded on 10 January 2031; a strategy map (perspective RP1 with
 * objective RO1 holding indicator RI1 directly and objective RO2 holding unit KPI RI2 through CSF RCSF1;
 * perspective RP2 with objective RO3 and no indicator); the twelve months of 2031 with general criteria,
 * RI1 for everyone and RI2 for unit RB; YEAR 2031 (run by the test) and YEAR 2030 with a completed run
 * stored by SQL (for the staffing flags); a position with competencies and assessments (training needs).
 */
public final class ReportData {
    /** Each person's RI1 actual of a target of 100, every month. */
    static final Map<String, Integer> ACTUALS = Map.of("R01", 100, "R02", 85, "R03", 70, "R04", 95, "R05", 100);

    private final JdbcClient jdbc;

    public ReportData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the data once per database and runs the twelve months of 2031 and the year officially through
     * the API as «hr» (February twice), then stores a later FAILED run of March by SQL.
     */
    public void ensure(MockMvc mvc) throws Exception {
        if (stored()) {
            return;
        }
        store();
        for (int m = 1; m <= 12; m++) {
            runOf(mvc, YearMonth.of(2031, m).toString());
        }
        runOf(mvc, "2031-02"); // the later run of February is the one the report uses
        runOf(mvc, "2031");
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, started_by, started_at, finished_at, failure)
                VALUES ((SELECT id FROM periods WHERE code = '2031-03'), 'FAILED', 'hr', :t, :t, 'thử')""")
                .param("t", OffsetDateTime.now().plusMinutes(1)).update();
    }

    private static void runOf(MockMvc mvc, String period) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/periods/{p}/runs", period).with(httpBasic("hr", "demo")))
                .andReturn().getResponse();
        if (r.getStatus() != 201) {
            throw new AssertionError("Lượt đánh giá kỳ " + period + ": " + r.getStatus() + " " + r.getContentAsString(StandardCharsets.UTF_8));
        }
    }

    boolean stored() {
        return jdbc.sql("SELECT COUNT(*) FROM units WHERE code = 'RA'").query(Long.class).single() > 0;
    }

    void store() {
        unit("RA", "Sở thử báo cáo", null, true, 0);
        unit("RB", "Phòng Kế hoạch thử", "RA", false, 1);
        unit("RC", "Tổ Thẩm định thử", "RB", false, 2);
        unit("RD", "Phòng Tài chính thử", "RA", false, 3);
        jdbc.sql("INSERT INTO positions (code, name) VALUES ('R-POS', 'Chuyên viên báo cáo')").update();
        person("R01", "Nguyễn Văn Một", "RB", "2.34");
        person("R02", "Trần Thị Hai", "RB", "3.00");
        person("R03", "Lê Văn Ba", "RC", "2.67");
        person("R04", "Phạm Thị Bốn", "RD", "4.00");
        person("R05", "Hoàng Văn Năm", "RD", "2.34");
        jdbc.sql("""
                INSERT INTO discipline_records (employee_id, kind, decided_on, decision_no)
                VALUES ((SELECT id FROM employees WHERE code = 'R05'), 'REPRIMAND', DATE '2031-01-10', '1/QĐ-THU')""").update();
        jdbc.sql("INSERT INTO perspectives (code, name, sort_order) VALUES ('RP1', 'Khách hàng thử', 1), ('RP2', 'Học hỏi thử', 2)").update();
        jdbc.sql("INSERT INTO objectives (code, name, perspective_id) VALUES ('RO1', 'Hồ sơ đúng hạn', (SELECT id FROM perspectives WHERE code = 'RP1'))").update();
        jdbc.sql("INSERT INTO objectives (code, name, perspective_id) VALUES ('RO2', 'Nhiệm vụ nghiệm thu', (SELECT id FROM perspectives WHERE code = 'RP1'))").update();
        jdbc.sql("INSERT INTO objectives (code, name, perspective_id) VALUES ('RO3', 'Đào tạo cán bộ', (SELECT id FROM perspectives WHERE code = 'RP2'))").update();
        jdbc.sql("INSERT INTO csfs (code, name, objective_id) VALUES ('RCSF1', 'Đề tài đúng tiến độ', (SELECT id FROM objectives WHERE code = 'RO2'))").update();
        jdbc.sql("""
                INSERT INTO indicators (code, name, kind, polarity, frequency, owner_level, objective_id)
                VALUES ('RI1', 'Hồ sơ giải quyết đúng hạn', 'PI', 'HIGHER_IS_BETTER', 'MONTH', 'PERSON',
                        (SELECT id FROM objectives WHERE code = 'RO1'))""").update();
        jdbc.sql("""
                INSERT INTO indicators (code, name, kind, polarity, frequency, owner_level, csf_id)
                VALUES ('RI2', 'Đề tài được nghiệm thu', 'KPI', 'HIGHER_IS_BETTER', 'MONTH', 'UNIT',
                        (SELECT id FROM csfs WHERE code = 'RCSF1'))""").update();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2031, m);
            String code = month.toString();
            period(code, "MONTH", month.atDay(1), month.atEndOfMonth());
            for (Map.Entry<String, Integer> e : ACTUALS.entrySet()) {
                criteria(e.getKey(), code);
                assign("employee_id", "employees", e.getKey(), code, "RI1", 100, 100, e.getValue());
            }
            assign("unit_id", "units", "RB", code, "RI2", 50, 100, 40 + m);
        }
        period("2031", "YEAR", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
        period("2030", "YEAR", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, started_by, started_at, finished_at)
                VALUES ((SELECT id FROM periods WHERE code = '2030'), 'COMPLETED', 'hr', :t, :t)""")
                .param("t", OffsetDateTime.now()).update();
        jdbc.sql("""
                INSERT INTO run_results (run_id, employee_id, unit_id, subject_code, subject_name, rating, details)
                SELECT (SELECT MAX(id) FROM evaluation_runs), e.id, e.unit_id, e.code, e.full_name,
                       CASE WHEN e.code = 'R05' THEN 'KHTNV' ELSE 'HTTNV' END, '{}' FROM employees e WHERE e.code LIKE 'R0%'""")
                .update();
        competency("R-C1", "Phân tích dữ liệu", 4);
        competency("R-C2", "Ngoại ngữ", 3);
        assess("R03", "R-C1", 1);
        assess("R03", "R-C2", 2);
        assess("R01", "R-C1", 3);
        assess("R04", "R-C2", 1);
    }

    private void unit(String code, String name, String parent, boolean agency, int order) {
        jdbc.sql("INSERT INTO units (code, name, parent_id, agency, sort_order) VALUES (?, ?, (SELECT id FROM units WHERE code = ?), ?, ?)")
                .params(code, name, parent, agency, order).update();
    }

    private void person(String code, String name, String unit, String coefficient) {
        jdbc.sql("""
                INSERT INTO employees (code, full_name, unit_id, position_id, staff_type, leadership, salary_coefficient, start_date)
                VALUES (?, ?, (SELECT id FROM units WHERE code = ?), (SELECT id FROM positions WHERE code = 'R-POS'),
                        'CIVIL_SERVANT', 'NONE', ?, DATE '2020-01-01')""")
                .params(code, name, unit, new BigDecimal(coefficient)).update();
    }

    private void period(String code, String kind, LocalDate start, LocalDate end) {
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES (?, ?, ?, ?)").params(code, kind, start, end).update();
    }

    private void criteria(String employee, String period) {
        jdbc.sql("""
                INSERT INTO general_criteria (employee_id, period_id, politics, ethics, style, discipline, entered_by, entered_at)
                VALUES ((SELECT id FROM employees WHERE code = ?), (SELECT id FROM periods WHERE code = ?), 7.5, 7.5, 7.5, 7.5,
                        'test', CURRENT_TIMESTAMP)""").params(employee, period).update();
    }

    private void assign(String column, String table, String holder, String period, String indicator, double target,
                        double weight, double actual) {
        jdbc.sql("INSERT INTO assignments (period_id, indicator_id, " + column + ", target, weight) VALUES ("
                        + "(SELECT id FROM periods WHERE code = ?), (SELECT id FROM indicators WHERE code = ?), "
                        + "(SELECT id FROM " + table + " WHERE code = ?), ?, ?)")
                .params(period, indicator, holder, target, weight).update();
        jdbc.sql("INSERT INTO measurements (assignment_id, actual_value, entered_by, entered_at) "
                        + "VALUES ((SELECT MAX(id) FROM assignments), ?, 'test', CURRENT_TIMESTAMP)")
                .params(actual).update();
    }

    private void competency(String code, String name, int required) {
        jdbc.sql("INSERT INTO competencies (code, name) VALUES (?, ?)").params(code, name).update();
        jdbc.sql("""
                INSERT INTO position_competencies (position_id, competency_id, required_level)
                VALUES ((SELECT id FROM positions WHERE code = 'R-POS'), (SELECT id FROM competencies WHERE code = ?), ?)""")
                .params(code, required).update();
    }

    private void assess(String employee, String competency, int level) {
        jdbc.sql("""
                INSERT INTO competency_assessments (employee_id, competency_id, assessed_level, assessed_on)
                VALUES ((SELECT id FROM employees WHERE code = ?), (SELECT id FROM competencies WHERE code = ?), ?, DATE '2031-03-01')""")
                .params(employee, competency, level).update();
    }
}
