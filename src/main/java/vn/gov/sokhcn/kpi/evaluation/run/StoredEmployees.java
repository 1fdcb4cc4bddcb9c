package vn.gov.sokhcn.kpi.evaluation.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.GeneralCriteria;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.organisation.StaffType;

/**
 * The people employed at some time in a period (start date on or before its end, no end date or one
 * on or after its start), with their general-criteria points of the period, discipline and
 * degradation decided from the first of January of the period's year to its end, and the time worked
 * and on leave in the period ({@link TimeWorked}). A person without general-criteria points is a
 * problem of the input, never a silent 0.
 */
@Component
class StoredEmployees {
    private final JdbcClient jdbc;

    StoredEmployees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Read read(StoredPeriod period, double periodMonths, List<RunInputProblem> problems) {
        Map<Long, List<TimeWorked.Leave>> leaves = leaves(period);
        Map<String, Long> ids = new LinkedHashMap<>();
        List<Employee> employees = new ArrayList<>();
        jdbc.sql("""
                SELECT e.id, e.code, e.full_name, u.code AS unit_code, e.staff_type, e.leadership, e.task_group,
                       e.start_date, e.end_date, g.politics, g.ethics, g.style, g.discipline,
                       EXISTS (SELECT 1 FROM discipline_records d WHERE d.employee_id = e.id AND d.kind <> 'DEGRADATION'
                               AND d.decided_on BETWEEN :yearStart AND :periodEnd) AS disciplined,
                       EXISTS (SELECT 1 FROM discipline_records d WHERE d.employee_id = e.id AND d.kind = 'DEGRADATION'
                               AND d.decided_on BETWEEN :yearStart AND :periodEnd) AS degradation
                FROM employees e
                JOIN units u ON u.id = e.unit_id
                LEFT JOIN general_criteria g ON g.employee_id = e.id AND g.period_id = :periodId
                WHERE e.start_date <= :periodEnd AND (e.end_date IS NULL OR e.end_date >= :periodStart)
                ORDER BY e.code
                """)
                .param("yearStart", period.yearStart())
                .param("periodStart", period.start())
                .param("periodEnd", period.end())
                .param("periodId", period.id())
                .query(rs -> {
                    long id = rs.getLong("id");
                    String code = rs.getString("code");
                    ids.put(code, id);
                    TimeWorked time = TimeWorked.of(period.start(), period.end(), periodMonths,
                            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                            leaves.getOrDefault(id, List.of()));
                    employees.add(employee(rs, code, time, period, problems));
                });
        return new Read(employees, ids);
    }

    private static Employee employee(ResultSet rs, String code, TimeWorked time, StoredPeriod period,
                                     List<RunInputProblem> problems) throws SQLException {
        String name = rs.getString("full_name");
        GeneralCriteria criteria = null;
        if (rs.getBigDecimal("politics") == null) {
            problems.add(new RunInputProblem(code, "generalCriteria", "Cán bộ " + code + " (" + name
                    + ") chưa có điểm tiêu chí chung của kỳ " + period.code()));
        } else {
            criteria = new GeneralCriteria(rs.getBigDecimal("politics").doubleValue(), rs.getBigDecimal("ethics").doubleValue(),
                    rs.getBigDecimal("style").doubleValue(), rs.getBigDecimal("discipline").doubleValue());
        }
        StaffType staffType = StoredValues.enumValue(StaffType.class, rs.getString("staff_type"), code, "staffType",
                "Loại cán bộ", problems);
        Leadership leadership = StoredValues.enumValue(Leadership.class, rs.getString("leadership"), code, "leadership",
                "Chức vụ lãnh đạo", problems);
        return new Employee(code, name, rs.getString("unit_code"), staffType, leadership, rs.getString("task_group"),
                criteria, rs.getBoolean("disciplined"), rs.getBoolean("degradation"), time.monthsWorked(),
                time.leaveMonths(), time.maternityLeave());
    }

    private Map<Long, List<TimeWorked.Leave>> leaves(StoredPeriod period) {
        Map<Long, List<TimeWorked.Leave>> byEmployee = new HashMap<>();
        jdbc.sql("""
                SELECT employee_id, kind, start_date, end_date FROM leave_records
                WHERE start_date <= :periodEnd AND end_date >= :periodStart
                """)
                .param("periodStart", period.start())
                .param("periodEnd", period.end())
                .query(rs -> {
                    byEmployee.computeIfAbsent(rs.getLong("employee_id"), k -> new ArrayList<>())
                            .add(new TimeWorked.Leave(rs.getObject("start_date", LocalDate.class),
                                    rs.getObject("end_date", LocalDate.class), "MATERNITY".equals(rs.getString("kind"))));
                });
        return byEmployee;
    }

    record Read(List<Employee> employees, Map<String, Long> ids) {
    }
}
