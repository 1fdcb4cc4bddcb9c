package vn.gov.sokhcn.kpi.system.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.*;

/**
 * Test code only: the evaluation request of a stored month, read from the demo database. Time
 * worked and leave are days of the month over its length; discipline, degradation and unit
 * sanctions count from their decision to the end of that year.
 */
final class DemoRequests {
    private DemoRequests() {
    }

    static EvaluationRequest month(JdbcTemplate jdbc, String code) {
        var period = jdbc.queryForObject("SELECT id, start_date, end_date FROM periods WHERE code = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)}, code);
        long periodId = (Long) period[0];
        LocalDate start = (LocalDate) period[1], end = (LocalDate) period[2];
        LocalDate yearStart = start.withDayOfYear(1);
        double days = ChronoUnit.DAYS.between(start, end) + 1;
        List<Unit> units = jdbc.query("""
                SELECT u.code, u.name, p.code, u.agency,
                       EXISTS (SELECT 1 FROM unit_sanctions s WHERE s.unit_id = u.id AND s.decided_on BETWEEN ? AND ?)
                FROM units u LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.sort_order""",
                (rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(5), rs.getBoolean(4)),
                yearStart, end);
        List<Employee> employees = jdbc.query("""
                SELECT e.id, e.code, e.full_name, u.code, e.staff_type, e.leadership, e.task_group, e.start_date, e.end_date,
                       g.politics, g.ethics, g.style, g.discipline,
                       EXISTS (SELECT 1 FROM discipline_records d WHERE d.employee_id = e.id AND d.kind <> 'DEGRADATION' AND d.decided_on BETWEEN ? AND ?),
                       EXISTS (SELECT 1 FROM discipline_records d WHERE d.employee_id = e.id AND d.kind = 'DEGRADATION' AND d.decided_on BETWEEN ? AND ?)
                FROM employees e JOIN units u ON u.id = e.unit_id
                JOIN general_criteria g ON g.employee_id = e.id AND g.period_id = ?
                ORDER BY e.code""", (rs, i) -> {
            LocalDate from = max(start, rs.getObject(8, LocalDate.class));
            LocalDate to = rs.getObject(9, LocalDate.class) == null ? end : min(end, rs.getObject(9, LocalDate.class));
            double employed = ChronoUnit.DAYS.between(from, to) + 1;
            List<Object[]> leave = jdbc.query("SELECT kind, start_date, end_date FROM leave_records WHERE employee_id = ?",
                    (l, j) -> new Object[] {l.getString(1), l.getObject(2, LocalDate.class), l.getObject(3, LocalDate.class)}, rs.getLong(1));
            double leaveDays = 0;
            boolean maternity = false;
            for (Object[] l : leave) {
                LocalDate a = max(from, (LocalDate) l[1]), b = min(to, (LocalDate) l[2]);
                if (!b.isBefore(a)) {
                    leaveDays += ChronoUnit.DAYS.between(a, b) + 1;
                    maternity |= l[0].equals("MATERNITY");
                }
            }
            return new Employee(rs.getString(2), rs.getString(3), rs.getString(4), StaffType.valueOf(rs.getString(5)),
                    Leadership.valueOf(rs.getString(6)), rs.getString(7),
                    new GeneralCriteria(rs.getDouble(10), rs.getDouble(11), rs.getDouble(12), rs.getDouble(13)),
                    rs.getBoolean(14), rs.getBoolean(15), round((employed - leaveDays) / days), round(leaveDays / days), maternity);
        }, yearStart, end, yearStart, end, periodId);
        List<Assignment> assignments = jdbc.query("""
                SELECT COALESCE(u.code, e.code), i.code, i.name, i.kind, i.polarity, a.target, a.weight, m.actual_value,
                       a.threshold, a.stretch, m.tasks_assigned, m.tasks_done, m.tasks_at_quality, m.tasks_on_time,
                       m.tasks_late, m.tasks_failed_major_error, m.objective_cause
                FROM assignments a JOIN indicators i ON i.id = a.indicator_id JOIN measurements m ON m.assignment_id = a.id
                LEFT JOIN units u ON u.id = a.unit_id LEFT JOIN employees e ON e.id = a.employee_id
                WHERE a.period_id = ? ORDER BY a.id""", (rs, i) -> new Assignment(rs.getString(1),
                new Indicator(rs.getString(2), rs.getString(3), IndicatorKind.valueOf(rs.getString(4)), Polarity.valueOf(rs.getString(5))),
                number(rs.getBigDecimal(6)), rs.getDouble(7), number(rs.getBigDecimal(8)), number(rs.getBigDecimal(9)),
                number(rs.getBigDecimal(10)), rs.getBigDecimal(11) == null ? null : new Tasks(rs.getDouble(11), rs.getDouble(12),
                rs.getDouble(13), rs.getDouble(14), rs.getDouble(15), rs.getDouble(16), rs.getBoolean(17))), periodId);
        List<QuotaExemption> exemptions = jdbc.query("""
                SELECT u.code, x.approved_by, x.note FROM quota_exemptions x JOIN units u ON u.id = x.unit_id WHERE x.period_id = ?""",
                (rs, i) -> new QuotaExemption(rs.getString(1), rs.getString(2), rs.getString(3)), periodId);
        return new EvaluationRequest(new Period(code, PeriodKind.MONTH, start, end), units, employees, assignments, exemptions);
    }

    private static Double number(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
