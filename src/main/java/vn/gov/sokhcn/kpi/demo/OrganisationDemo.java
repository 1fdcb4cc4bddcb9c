package vn.gov.sokhcn.kpi.demo;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Department's organisation from {@code demo/units.csv}, {@code competencies.csv},
 * {@code positions.csv}, {@code position-competencies.csv} and {@code employees.csv}, and one
 * competency assessment per person and required competency.
 */
@Component
class OrganisationDemo {
    /** The annual competency assessment of the demo (people who joined later are assessed when they join). */
    static final LocalDate ASSESSED_ON = LocalDate.of(2026, 1, 20);
    static final String ASSESSOR = "Hội đồng đánh giá năng lực của Sở";

    private final JdbcTemplate jdbc;

    OrganisationDemo(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write() {
        batch("INSERT INTO units (code, name, parent_id, agency, sort_order) VALUES (?, ?, (SELECT id FROM units WHERE code = ?), ?, ?)",
                DemoFiles.read("units.csv"), r -> new Object[] {r.text("code"), r.text("name"), r.optional("parent"),
                        r.flag("agency"), Integer.parseInt(r.text("sort_order"))});
        batch("INSERT INTO competencies (code, name, description) VALUES (?, ?, ?)",
                DemoFiles.read("competencies.csv"), r -> new Object[] {r.text("code"), r.text("name"), r.optional("description")});
        batch("INSERT INTO positions (code, name, job_description) VALUES (?, ?, ?)",
                DemoFiles.read("positions.csv"), r -> new Object[] {r.text("code"), r.text("name"), r.text("job_description")});
        List<DemoRow> required = DemoFiles.read("position-competencies.csv");
        batch("""
                INSERT INTO position_competencies (position_id, competency_id, required_level)
                VALUES ((SELECT id FROM positions WHERE code = ?), (SELECT id FROM competencies WHERE code = ?), ?)""",
                required, r -> new Object[] {r.text("position"), r.text("competency"), Integer.parseInt(r.text("required_level"))});
        List<DemoRow> employees = DemoFiles.read("employees.csv");
        jdbc.batchUpdate("""
                INSERT INTO employees (code, full_name, unit_id, position_id, staff_type, leadership, task_group,
                                       salary_coefficient, start_date, end_date)
                VALUES (?, ?, (SELECT id FROM units WHERE code = ?), (SELECT id FROM positions WHERE code = ?), ?, ?, ?, ?, ?, ?)""",
                employees.stream().map(r -> new Object[] {r.text("code"), r.text("full_name"), r.text("unit"),
                        r.text("position"), r.text("staff_type"), r.text("leadership"), r.optional("task_group"),
                        r.decimal("salary_coefficient"), r.date("start_date"), r.date("end_date")}).toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.NUMERIC, Types.DATE, Types.DATE});
        writeAssessments(employees, required);
    }

    /**
     * Everyone is assessed on each competency their position requires. The assessed level follows
     * from the person's and the competency's place in the files, so that some people fall one or
     * two levels short (training needs) and a few exceed what is required.
     */
    private void writeAssessments(List<DemoRow> employees, List<DemoRow> required) {
        Map<String, List<DemoRow>> byPosition = required.stream()
                .collect(Collectors.groupingBy(r -> r.text("position"), java.util.LinkedHashMap::new, Collectors.toList()));
        List<Object[]> rows = new ArrayList<>();
        for (int e = 0; e < employees.size(); e++) {
            DemoRow employee = employees.get(e);
            LocalDate start = employee.date("start_date");
            LocalDate on = start.isAfter(ASSESSED_ON) ? start : ASSESSED_ON;
            List<DemoRow> competencies = byPosition.getOrDefault(employee.text("position"), List.of());
            for (int c = 0; c < competencies.size(); c++) {
                int level = Integer.parseInt(competencies.get(c).text("required_level"));
                int gap = (e * 3 + c * 5) % 7 == 0 ? 2 : (e + c) % 4 == 0 ? 1 : 0;
                int assessed = Math.max(1, Math.min(5, gap > 0 ? level - gap : (e + 2 * c) % 9 == 0 ? level + 1 : level));
                rows.add(new Object[] {employee.text("code"), competencies.get(c).text("competency"), assessed, on, ASSESSOR,
                        assessed < level ? "Chưa đạt mức yêu cầu của vị trí việc làm; cần bồi dưỡng" : null});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO competency_assessments (employee_id, competency_id, assessed_level, assessed_on, assessor, note)
                VALUES ((SELECT id FROM employees WHERE code = ?), (SELECT id FROM competencies WHERE code = ?), ?, ?, ?, ?)""",
                rows, new int[] {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.DATE, Types.VARCHAR, Types.VARCHAR});
    }

    private void batch(String sql, List<DemoRow> rows, java.util.function.Function<DemoRow, Object[]> values) {
        DemoSql.batch(jdbc, sql, rows.stream().map(values).toList());
    }
}
