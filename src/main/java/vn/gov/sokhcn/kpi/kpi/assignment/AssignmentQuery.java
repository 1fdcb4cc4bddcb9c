package vn.gov.sokhcn.kpi.kpi.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.kpi.Listing;
import vn.gov.sokhcn.kpi.kpi.Numbers;
import vn.gov.sokhcn.kpi.kpi.Where;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** Assignments as shown, with the codes of their period, indicator and holder. */
@Component
class AssignmentQuery {
    private static final String SELECT = """
            a.id, p.code AS period, i.code AS indicator, u.code AS unit, e.code AS employee, a.target, a.weight,
            a.threshold, a.stretch, a.cascaded_from_id,
            CASE WHEN EXISTS (SELECT 1 FROM measurements m WHERE m.assignment_id = a.id) THEN 1 ELSE 0 END AS measured""";
    private static final String FROM = """
            FROM assignments a
            JOIN periods p ON p.id = a.period_id
            JOIN indicators i ON i.id = a.indicator_id
            LEFT JOIN units u ON u.id = a.unit_id
            LEFT JOIN employees e ON e.id = a.employee_id""";

    private final JdbcClient jdbc;
    private final Scope scope;

    AssignmentQuery(JdbcClient jdbc, Scope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    record Filter(Long periodId, Long unitId, Long employeeId, Long indicatorId) {
    }

    PageResponse<AssignmentView> page(Filter f, Paging paging) {
        Where where = new Where().and(visible()).and("a.period_id = :period", "period", f.periodId())
                .and("a.unit_id = :unit", "unit", f.unitId())
                .and("a.employee_id = :employee", "employee", f.employeeId())
                .and("a.indicator_id = :indicator", "indicator", f.indicatorId());
        return Listing.page(jdbc, SELECT, FROM, where, "p.start_date, p.code, u.code NULLS LAST, e.code NULLS LAST, i.code, a.id", paging,
                (rs, n) -> view(rs));
    }

    Optional<AssignmentView> byId(long id) {
        return Listing.all(jdbc, SELECT, FROM, new Where().and(visible()).and("a.id = :id", "id", id), "a.id", (rs, n) -> view(rs))
                .stream().findFirst();
    }

    private static AssignmentView view(ResultSet rs) throws SQLException {
        return new AssignmentView(rs.getLong("id"), rs.getString("period"), rs.getString("indicator"), rs.getString("unit"),
                rs.getString("employee"), Numbers.plain(rs.getBigDecimal("target")), Numbers.plain(rs.getBigDecimal("weight")),
                Numbers.plain(rs.getBigDecimal("threshold")), Numbers.plain(rs.getBigDecimal("stretch")),
                rs.getObject("cascaded_from_id", Long.class), rs.getInt("measured") == 1);
    }

    /** Only the rows of the people and units the signed-in user may see. */
    private Visibility.Condition visible() {
        return scope.visibility().condition("a.employee_id", "a.unit_id", "e.unit_id");
    }
}
