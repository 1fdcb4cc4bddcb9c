package vn.gov.sokhcn.kpi.kpi.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Employee;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Holder;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Indicator;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Period;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Slot;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Stored;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Terms;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Unit;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Values;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/** Reads a period's people, units, indicators, assignments and measurements in a few queries. */
@Component
class PeriodDataQueries {
    private final JdbcClient jdbc;

    PeriodDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PeriodData load(String periodCode) {
        Period period = jdbc.sql("SELECT id, code, start_date, end_date FROM periods WHERE code = ?")
                .param(periodCode)
                .query((rs, n) -> new Period(rs.getLong("id"), rs.getString("code"),
                        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate()))
                .optional().orElseThrow(() -> new NotFoundException("kỳ đánh giá", periodCode));
        Map<String, Employee> employees = byCode(jdbc.sql("""
                        SELECT e.id, e.code, e.full_name, u.name AS unit_name,
                               CASE WHEN e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)
                                    THEN TRUE ELSE FALSE END AS active
                        FROM employees e JOIN units u ON u.id = e.unit_id
                        ORDER BY u.sort_order, u.code, e.code""")
                .params(period.endDate(), period.startDate())
                .query((rs, n) -> new Employee(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getString("unit_name"), rs.getBoolean("active")))
                .list().stream(), Employee::code);
        Map<String, Unit> units = byCode(jdbc.sql("SELECT id, code, name FROM units ORDER BY sort_order, code")
                .query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .list().stream(), Unit::code);
        Map<String, Indicator> indicators = byCode(jdbc.sql(
                        "SELECT id, code, name, polarity, unit_of_measure FROM indicators ORDER BY code")
                .query((rs, n) -> new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("polarity"), rs.getString("unit_of_measure")))
                .list().stream(), Indicator::code);
        Map<Slot, Stored> assignments = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.id, a.indicator_id, a.employee_id, a.unit_id, a.target, a.weight, a.threshold, a.stretch,
                               m.id AS measurement_id, m.actual_value, m.tasks_assigned, m.tasks_done, m.tasks_at_quality,
                               m.tasks_on_time, m.tasks_late, m.tasks_failed_major_error, m.objective_cause, m.source,
                               m.evidence_note
                        FROM assignments a LEFT JOIN measurements m ON m.assignment_id = a.id
                        WHERE a.period_id = ?
                        ORDER BY a.id""")
                .param(period.id())
                .query(rs -> {
                    assignments.put(new Slot(new Holder(longOrNull(rs, "employee_id"), longOrNull(rs, "unit_id")),
                            rs.getLong("indicator_id")), stored(rs));
                });
        return new PeriodData(period, employees, units, indicators, assignments);
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Terms terms = new Terms(rs.getBigDecimal("target"), rs.getBigDecimal("weight"), rs.getBigDecimal("threshold"),
                rs.getBigDecimal("stretch"));
        Long measurementId = longOrNull(rs, "measurement_id");
        Values values = measurementId == null ? null : new Values(rs.getBigDecimal("actual_value"),
                rs.getBigDecimal("tasks_assigned"), rs.getBigDecimal("tasks_done"), rs.getBigDecimal("tasks_at_quality"),
                rs.getBigDecimal("tasks_on_time"), rs.getBigDecimal("tasks_late"),
                rs.getBigDecimal("tasks_failed_major_error"), rs.getBoolean("objective_cause"), rs.getString("source"),
                rs.getString("evidence_note"));
        return new Stored(rs.getLong("id"), terms, measurementId, values);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static <T> Map<String, T> byCode(java.util.stream.Stream<T> rows, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(code.apply(r), r));
        return map;
    }
}
