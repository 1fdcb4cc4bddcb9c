package vn.gov.sokhcn.kpi.evaluation.run;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the months of the small Department of {@code runs/small-department.sql} with standard SQL,
 * so that the same tests run on H2 and PostgreSQL.
 */
final class StoredDepartment {
    private final JdbcClient jdbc;

    StoredDepartment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredDepartment criteria(String employee, String period, double politics, double ethics, double style, double discipline) {
        jdbc.sql("""
                INSERT INTO general_criteria (employee_id, period_id, politics, ethics, style, discipline, entered_by, entered_at)
                VALUES ((SELECT id FROM employees WHERE code = :employee), (SELECT id FROM periods WHERE code = :period),
                        :politics, :ethics, :style, :discipline, 'test', CURRENT_TIMESTAMP)
                """)
                .param("employee", employee).param("period", period).param("politics", politics).param("ethics", ethics)
                .param("style", style).param("discipline", discipline)
                .update();
        return this;
    }

    /** An assignment of an indicator to a person with its measured actual value. */
    StoredDepartment personal(String employee, String period, String indicator, double target, double weight, double actual) {
        return assign("employee_id", "(SELECT id FROM employees WHERE code = :holder)", employee, period, indicator, target,
                weight, actual);
    }

    StoredDepartment ofUnit(String unit, String period, String indicator, double target, double weight, double actual) {
        return assign("unit_id", "(SELECT id FROM units WHERE code = :holder)", unit, period, indicator, target, weight, actual);
    }

    private StoredDepartment assign(String holderColumn, String holderId, String holder, String period, String indicator,
                                    double target, double weight, double actual) {
        jdbc.sql("INSERT INTO assignments (period_id, indicator_id, " + holderColumn + ", target, weight) VALUES ("
                        + "(SELECT id FROM periods WHERE code = :period), (SELECT id FROM indicators WHERE code = :indicator), "
                        + holderId + ", :target, :weight)")
                .param("period", period).param("indicator", indicator).param("holder", holder).param("target", target)
                .param("weight", weight)
                .update();
        jdbc.sql("""
                INSERT INTO measurements (assignment_id, actual_value, entered_by, entered_at)
                VALUES ((SELECT MAX(id) FROM assignments), :actual, 'test', CURRENT_TIMESTAMP)
                """)
                .param("actual", actual)
                .update();
        return this;
    }
}
