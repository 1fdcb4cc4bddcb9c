package vn.gov.sokhcn.kpi.kpi.measurement;

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

/** Measurements as shown, with their assignment's codes. */
@Component
class MeasurementQuery {
    private static final String SELECT = """
            m.*, p.code AS period, i.code AS indicator, u.code AS unit, e.code AS employee""";
    private static final String FROM = """
            FROM measurements m
            JOIN assignments a ON a.id = m.assignment_id
            JOIN periods p ON p.id = a.period_id
            JOIN indicators i ON i.id = a.indicator_id
            LEFT JOIN units u ON u.id = a.unit_id
            LEFT JOIN employees e ON e.id = a.employee_id""";

    private final JdbcClient jdbc;
    private final Scope scope;

    MeasurementQuery(JdbcClient jdbc, Scope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    record Filter(Long periodId, Long unitId, Long employeeId, Long indicatorId) {
    }

    PageResponse<MeasurementView> page(Filter f, Paging paging) {
        Where where = new Where().and(visible()).and("a.period_id = :period", "period", f.periodId())
                .and("a.unit_id = :unit", "unit", f.unitId())
                .and("a.employee_id = :employee", "employee", f.employeeId())
                .and("a.indicator_id = :indicator", "indicator", f.indicatorId());
        return Listing.page(jdbc, SELECT, FROM, where, "p.start_date, p.code, u.code NULLS LAST, e.code NULLS LAST, i.code, m.id",
                paging, (rs, n) -> view(rs));
    }

    Optional<MeasurementView> byId(long id) {
        return Listing.all(jdbc, SELECT, FROM, new Where().and(visible()).and("m.id = :id", "id", id), "m.id", (rs, n) -> view(rs))
                .stream().findFirst();
    }

    private static MeasurementView view(ResultSet rs) throws SQLException {
        MeasurementView.TaskCounts tasks = rs.getBigDecimal("tasks_assigned") == null ? null : new MeasurementView.TaskCounts(
                plain(rs.getBigDecimal("tasks_assigned")), plain(rs.getBigDecimal("tasks_done")),
                plain(rs.getBigDecimal("tasks_at_quality")), plain(rs.getBigDecimal("tasks_on_time")),
                plain(rs.getBigDecimal("tasks_late")), plain(rs.getBigDecimal("tasks_failed_major_error")),
                rs.getBoolean("objective_cause"));
        return new MeasurementView(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("period"),
                rs.getString("indicator"), rs.getString("unit"), rs.getString("employee"), plain(rs.getBigDecimal("actual_value")),
                tasks, rs.getString("source"), rs.getString("evidence_note"), rs.getString("entered_by"),
                rs.getObject("entered_at", OffsetDateTime.class));
    }

    /** Only the rows of the people and units the signed-in user may see. */
    private Visibility.Condition visible() {
        return scope.visibility().condition("a.employee_id", "a.unit_id", "e.unit_id");
    }
}
