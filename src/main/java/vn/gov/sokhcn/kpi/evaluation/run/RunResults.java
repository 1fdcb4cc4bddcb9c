package vn.gov.sokhcn.kpi.evaluation.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/**
 * The people's results of a run, a page at a time, in order of their code; filtered by the unit they
 * were evaluated in, their rating and their staff type (each filter only when given), and always by
 * whom the signed-in user may see.
 */
@Component
class RunResults {
    static final String SELECT = """
            SELECT rr.employee_id, rr.subject_code, rr.subject_name, u.code AS unit_code, u.name AS unit_name, rr.staff_type, rr.score,
                   rr.task_score, rr.general_score, rr.rating, rr.details
            FROM run_results rr JOIN units u ON u.id = rr.unit_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Scope scope;
    private final ShownResults shown;

    RunResults(JdbcClient jdbc, JsonMapper json, Scope scope, ShownResults shown) {
        this.jdbc = jdbc;
        // Stored JSON of past runs stays readable after a field is dropped; only requests refuse unknown fields.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.scope = scope;
        this.shown = shown;
    }

    record Filter(String unit, String rating, String staffType) {
    }

    PageResponse<RunResultView> of(long runId, Filter filter, Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE rr.run_id = :runId AND rr.employee_id IS NOT NULL");
        params.put("runId", runId);
        // Only the people the signed-in user may see: themselves, their unit's, or everyone.
        Visibility.Condition visible = scope.visibility().condition("rr.employee_id", "rr.unit_id");
        where.append(" AND ").append(visible.sql());
        params.putAll(visible.params());
        if (filter.unit() != null) {
            where.append(" AND u.code = :unit");
            params.put("unit", filter.unit());
        }
        if (filter.rating() != null) {
            where.append(" AND rr.rating = :rating");
            params.put("rating", filter.rating());
        }
        if (filter.staffType() != null) {
            where.append(" AND rr.staff_type = :staffType");
            params.put("staffType", filter.staffType());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM run_results rr JOIN units u ON u.id = rr.unit_id" + where)
                .params(params).query(Long.class).single();
        params.put("offset", paging.offset());
        params.put("size", paging.size());
        ShownResults.Shown rule = shown.ofPeriod(periodOf(runId));
        List<RunResultView> items = jdbc.sql(SELECT + where + " ORDER BY rr.subject_code OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .params(params).query((rs, n) -> rule.apply(rs.getLong("employee_id"), view(rs))).list();
        if (rule.staff() && filter.rating() != null) {
            // A hidden rating must not show through the filter either (staff see at most their own row).
            items = items.stream().filter(v -> v.note() == null).toList();
            total = items.size();
        }
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    /** Everyone evaluated in a unit in a run with their decisions, in order of their code (the caller checks the unit is visible). */
    List<RunResultView> ofUnit(long runId, long unitId) {
        ShownResults.Shown rule = shown.ofPeriod(periodOf(runId));
        return jdbc.sql(SELECT + " WHERE rr.run_id = :runId AND rr.unit_id = :unitId AND rr.employee_id IS NOT NULL"
                        + " ORDER BY rr.subject_code")
                .param("runId", runId).param("unitId", unitId)
                .query((rs, n) -> rule.apply(rs.getLong("employee_id"), view(rs))).list();
    }

    private long periodOf(long runId) {
        return jdbc.sql("SELECT period_id FROM evaluation_runs WHERE id = ?").param(runId).query(Long.class).single();
    }

    RunResultView view(ResultSet rs) throws SQLException {
        ResultDetails details = details(rs.getString("details"));
        return new RunResultView(rs.getString("subject_code"), rs.getString("subject_name"), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getString("staff_type"), rs.getBigDecimal("score"),
                rs.getBigDecimal("task_score"), rs.getBigDecimal("general_score"), rs.getString("rating"),
                details.ratingLabel(), orEmpty(details.achievements()), orEmpty(details.reasons()), null, null);
    }

    ResultDetails details(String text) {
        return json.readValue(text, ResultDetails.class);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }
}
