package vn.gov.sokhcn.kpi.evaluation.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Indicator;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.IndicatorKind;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Tasks;

/**
 * The assignments of a period with their measurement (an actual value, or task counts when the
 * measurement has a number of products assigned), in the order they were made. An assignment of a
 * person who does not work in the period is a problem of the input.
 */
@Component
class StoredAssignments {
    /** A person's assignment goes with the unit they work in, a unit's with the unit: both found by index. */
    private static final String BY_UNIT =
            " AND (a.employee_id IN (SELECT x.id FROM employees x WHERE x.unit_id IN (:unitIds)) OR a.unit_id IN (:unitIds))";

    private final JdbcClient jdbc;

    StoredAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Assignment> read(StoredPeriod period, Set<String> employeesOfPeriod, List<RunInputProblem> problems) {
        return read(period, employeesOfPeriod, null, problems);
    }

    /**
     * The same for the holders in these units only (a person by the unit they work in, a unit by itself), so
     * that a run can read one group of agencies at a time; {@code null} for every unit.
     */
    List<Assignment> read(StoredPeriod period, Set<String> employeesOfPeriod, Collection<Long> unitIds,
                          List<RunInputProblem> problems) {
        List<Assignment> assignments = new ArrayList<>();
        if (unitIds != null && unitIds.isEmpty()) {
            return assignments;
        }
        var statement = jdbc.sql("""
                SELECT e.code AS employee_code, u.code AS unit_code, i.code AS indicator_code, i.name AS indicator_name,
                       i.kind, i.polarity, a.target, a.weight, a.threshold, a.stretch, m.actual_value,
                       m.tasks_assigned, m.tasks_done, m.tasks_at_quality, m.tasks_on_time, m.tasks_late,
                       m.tasks_failed_major_error, m.objective_cause
                FROM assignments a
                JOIN indicators i ON i.id = a.indicator_id
                LEFT JOIN employees e ON e.id = a.employee_id
                LEFT JOIN units u ON u.id = a.unit_id
                LEFT JOIN measurements m ON m.assignment_id = a.id
                WHERE a.period_id = :periodId
                """ + (unitIds == null ? "" : BY_UNIT) + " ORDER BY a.id")
                .param("periodId", period.id());
        if (unitIds != null) {
            statement = statement.param("unitIds", unitIds);
        }
        statement.query(rs -> {
            String employee = rs.getString("employee_code");
            String indicator = rs.getString("indicator_code");
            if (employee != null && !employeesOfPeriod.contains(employee)) {
                problems.add(new RunInputProblem(employee, "assignments[" + indicator + "]", "Cán bộ " + employee
                        + " được giao chỉ tiêu " + indicator + " trong kỳ " + period.code()
                        + " nhưng không làm việc trong kỳ (ngày bắt đầu hoặc ngày thôi việc nằm ngoài kỳ)"));
                return;
            }
            String holder = employee != null ? employee : rs.getString("unit_code");
            assignments.add(assignment(rs, holder, indicator, problems));
        });
        return assignments;
    }

    private static Assignment assignment(ResultSet rs, String holder, String indicator, List<RunInputProblem> problems)
            throws SQLException {
        String field = "assignments[" + indicator + "]";
        IndicatorKind kind = StoredValues.enumValue(IndicatorKind.class, rs.getString("kind"), holder, field + ".kind",
                "Loại chỉ số " + indicator, problems);
        Polarity polarity = StoredValues.enumValue(Polarity.class, rs.getString("polarity"), holder, field + ".polarity",
                "Chiều chỉ số " + indicator, problems);
        Tasks tasks = null;
        Double assigned = StoredValues.number(rs, "tasks_assigned");
        if (assigned != null) {
            tasks = new Tasks(assigned, StoredValues.number(rs, "tasks_done"), StoredValues.number(rs, "tasks_at_quality"),
                    StoredValues.number(rs, "tasks_on_time"), StoredValues.number(rs, "tasks_late"),
                    StoredValues.number(rs, "tasks_failed_major_error"), rs.getBoolean("objective_cause"));
        }
        return new Assignment(holder, new Indicator(indicator, rs.getString("indicator_name"), kind, polarity),
                StoredValues.number(rs, "target"), StoredValues.number(rs, "weight"), StoredValues.number(rs, "actual_value"),
                StoredValues.number(rs, "threshold"), StoredValues.number(rs, "stretch"), tasks);
    }
}
