package vn.gov.sokhcn.kpi.kpi.assignment;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.kpi.Numbers;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;

/**
 * The holders of a period whose weights do not add up to {@code kpi.assignments.weight-total}. Writes
 * are not refused for it (HR adjusts weights one assignment at a time); the rules check it again at run time.
 */
@Component
class WeightCheck {
    private final JdbcClient jdbc;
    private final Scope scope;
    private final BigDecimal expected;

    WeightCheck(JdbcClient jdbc, AssignmentProperties properties, Scope scope) {
        this.jdbc = jdbc;
        this.expected = properties.weightTotal();
        this.scope = scope;
    }

    record Holder(String unit, String employee, BigDecimal total, int assignments) {
    }

    record Report(String period, BigDecimal expectedTotal, List<Holder> unbalanced) {
    }

    @Transactional(readOnly = true)
    Report check(long periodId, String period) {
        Visibility.Condition visible = scope.visibility().condition("a.employee_id", "a.unit_id", "e.unit_id");
        List<Holder> unbalanced = jdbc.sql("""
                SELECT u.code AS unit, e.code AS employee, SUM(a.weight) AS total, COUNT(*) AS n
                FROM assignments a
                LEFT JOIN units u ON u.id = a.unit_id
                LEFT JOIN employees e ON e.id = a.employee_id
                WHERE a.period_id = :period AND %s
                GROUP BY u.code, e.code
                HAVING SUM(a.weight) <> :expected
                ORDER BY u.code NULLS LAST, e.code NULLS LAST""".formatted(visible.sql()))
                .param("period", periodId).param("expected", expected).params(visible.params())
                .query((rs, n) -> new Holder(rs.getString("unit"), rs.getString("employee"),
                        Numbers.plain(rs.getBigDecimal("total")), rs.getInt("n")))
                .list();
        return new Report(period, Numbers.plain(expected), unbalanced);
    }
}
