package vn.gov.sokhcn.kpi.kpi.imports;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data the import tests start from, as plain standard SQL (no ids written: the database numbers
 * rows, on H2 and on PostgreSQL alike). Period 2026-03; two units; three people, one of whom left
 * before the period; three indicators (a ratio, a task count, a yes/no); three assignments, one measured.
 */
final class ImportFixture {
    static final String PERIOD = "2026-03";

    private final JdbcTemplate jdbc;

    ImportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void reset() {
        for (String table : new String[] {"measurements", "assignments", "periods", "indicators", "employees", "units"}) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("INSERT INTO units (code, name, agency, sort_order) VALUES ('PKH', 'Phòng Kế hoạch - Tài chính', FALSE, 1)");
        jdbc.update("INSERT INTO units (code, name, agency, sort_order) VALUES ('VP', 'Văn phòng Sở', FALSE, 2)");
        employee("CB001", "Nguyễn Văn An", "PKH", "2020-01-01", null);
        employee("CB002", "Trần Thị Bình", "VP", "2021-05-01", null);
        employee("CB009", "Phạm Đức Chung", "VP", "2019-01-01", "2026-02-15");
        indicator("NV_GIAO", "Nhiệm vụ được giao hoàn thành", "TASKS", "sản phẩm");
        indicator("TTHC_DUNG_HAN", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "HIGHER_IS_BETTER", "%");
        indicator("BC_DUNG_HAN", "Nộp báo cáo tháng đúng hạn", "BINARY", null);
        jdbc.update("INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-02', 'MONTH', DATE '2026-02-01', DATE '2026-02-28', FALSE)");
        jdbc.update("INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-03', 'MONTH', DATE '2026-03-01', DATE '2026-03-31', FALSE)");
        assign("PKH", null, "TTHC_DUNG_HAN", "98", "100");
        assign(null, "CB001", "TTHC_DUNG_HAN", "95", "60");
        assign(null, "CB001", "NV_GIAO", null, "40");
        jdbc.update("""
                INSERT INTO measurements (assignment_id, actual_value, objective_cause, source, entered_by, entered_at)
                VALUES ((SELECT a.id FROM assignments a JOIN units u ON u.id = a.unit_id WHERE u.code = 'PKH'),
                        97, FALSE, 'Báo cáo một cửa', 'Hà Thị Dung', TIMESTAMP WITH TIME ZONE '2026-04-02 08:00:00+07:00')""");
    }

    private void employee(String code, String name, String unit, String start, String end) {
        jdbc.update("""
                INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date, end_date)
                VALUES (?, ?, (SELECT id FROM units WHERE code = ?), 'CIVIL_SERVANT', 'NONE', CAST(? AS DATE), CAST(? AS DATE))""",
                code, name, unit, start, end);
    }

    private void indicator(String code, String name, String polarity, String unitOfMeasure) {
        jdbc.update("""
                INSERT INTO indicators (code, name, kind, polarity, unit_of_measure, frequency, owner_level)
                VALUES (?, ?, 'KPI', ?, ?, 'MONTH', 'PERSON')""", code, name, polarity, unitOfMeasure);
    }

    private void assign(String unit, String employee, String indicator, String target, String weight) {
        jdbc.update("""
                INSERT INTO assignments (period_id, indicator_id, unit_id, employee_id, target, weight)
                VALUES ((SELECT id FROM periods WHERE code = '2026-03'), (SELECT id FROM indicators WHERE code = ?),
                        (SELECT id FROM units WHERE code = ?), (SELECT id FROM employees WHERE code = ?), ?, ?)""",
                indicator, unit, employee, target == null ? null : new BigDecimal(target), new BigDecimal(weight));
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** The measurement of a holder (employee or unit code) and indicator, as column → value. */
    Map<String, Object> measurement(String holder, String indicator) {
        return jdbc.queryForMap("""
                SELECT m.* FROM measurements m JOIN assignments a ON a.id = m.assignment_id
                JOIN indicators i ON i.id = a.indicator_id
                LEFT JOIN employees e ON e.id = a.employee_id LEFT JOIN units u ON u.id = a.unit_id
                WHERE i.code = ? AND (e.code = ? OR u.code = ?)""", indicator, holder, holder);
    }

    Map<String, Object> assignment(String holder, String indicator) {
        return jdbc.queryForMap("""
                SELECT a.* FROM assignments a JOIN indicators i ON i.id = a.indicator_id
                LEFT JOIN employees e ON e.id = a.employee_id LEFT JOIN units u ON u.id = a.unit_id
                WHERE i.code = ? AND (e.code = ? OR u.code = ?)""", indicator, holder, holder);
    }
}
