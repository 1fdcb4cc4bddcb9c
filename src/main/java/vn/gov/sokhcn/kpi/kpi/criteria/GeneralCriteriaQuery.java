package vn.gov.sokhcn.kpi.kpi.criteria;

import static vn.gov.sokhcn.kpi.kpi.Numbers.plain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.kpi.Listing;
import vn.gov.sokhcn.kpi.system.Paging;
import vn.gov.sokhcn.kpi.kpi.Where;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;
import vn.gov.sokhcn.kpi.system.PageResponse;

@Component
class GeneralCriteriaQuery {
    private static final String SELECT = "g.*, p.code AS period, e.code AS employee, u.code AS unit";
    private static final String FROM = """
            FROM general_criteria g
            JOIN periods p ON p.id = g.period_id
            JOIN employees e ON e.id = g.employee_id
            JOIN units u ON u.id = e.unit_id""";

    private final JdbcClient jdbc;
    private final Scope scope;

    GeneralCriteriaQuery(JdbcClient jdbc, Scope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    PageResponse<GeneralCriteriaView> page(Long periodId, Long unitId, Long employeeId, Paging paging) {
        Where where = new Where().and(visible()).and("g.period_id = :period", "period", periodId).and("e.unit_id = :unit", "unit", unitId)
                .and("g.employee_id = :employee", "employee", employeeId);
        return Listing.page(jdbc, SELECT, FROM, where, "p.start_date, p.code, e.code", paging, (rs, n) -> view(rs));
    }

    Optional<GeneralCriteriaView> byId(long id) {
        return Listing.all(jdbc, SELECT, FROM, new Where().and(visible()).and("g.id = :id", "id", id), "g.id", (rs, n) -> view(rs))
                .stream().findFirst();
    }

    private static GeneralCriteriaView view(ResultSet rs) throws SQLException {
        return new GeneralCriteriaView(rs.getLong("id"), rs.getString("period"), rs.getString("employee"), rs.getString("unit"),
                plain(rs.getBigDecimal("politics")), plain(rs.getBigDecimal("ethics")), plain(rs.getBigDecimal("style")),
                plain(rs.getBigDecimal("discipline")), rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class));
    }

    /** Only the rows of the people and units the signed-in user may see. */
    private Visibility.Condition visible() {
        return scope.visibility().condition("g.employee_id", "e.unit_id");
    }
}
