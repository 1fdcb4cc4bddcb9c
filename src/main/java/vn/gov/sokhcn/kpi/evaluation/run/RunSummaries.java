package vn.gov.sokhcn.kpi.evaluation.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.RuleSetRef;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** Reads runs as {@link RunSummary}: one by id, or the runs of a period, newest first. */
@Component
class RunSummaries {
    private static final String SELECT = """
            SELECT r.id, p.code AS period_code, p.kind AS period_kind, r.state, r.rule_set_version, r.rule_set_sha256,
                   r.regime, r.started_by, r.started_at, r.finished_at, r.employee_count, r.unit_count, r.failure,
                   r.instance_id, r.heartbeat_at, r.people_total, r.people_done, r.progress_percent
            FROM evaluation_runs r JOIN periods p ON p.id = r.period_id
            """;

    private final JdbcClient jdbc;

    RunSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RunSummary get(long runId) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", runId)
                .query((rs, n) -> summary(rs, distribution(runId, true), distribution(runId, false)))
                .optional().orElseThrow(() -> new NotFoundException("lượt đánh giá", runId));
    }

    PageResponse<RunSummary> ofPeriod(StoredPeriod period, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM evaluation_runs WHERE period_id = :periodId")
                .param("periodId", period.id()).query(Long.class).single();
        List<Long> ids = jdbc.sql("""
                SELECT id FROM evaluation_runs WHERE period_id = :periodId ORDER BY id DESC
                OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY
                """)
                .param("periodId", period.id()).param("offset", paging.offset()).param("size", paging.size())
                .query(Long.class).list();
        return new PageResponse<>(ids.stream().map(this::get).toList(), paging.page(), paging.size(), total);
    }

    private static RunSummary summary(ResultSet rs, Map<String, Long> ratings, Map<String, Long> unitRatings)
            throws SQLException {
        Integer version = rs.getObject("rule_set_version", Integer.class);
        return new RunSummary(rs.getLong("id"), rs.getString("period_code"), rs.getString("period_kind"),
                rs.getString("state"), version == null ? null : new RuleSetRef(version, rs.getString("rule_set_sha256")),
                rs.getString("regime"), rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                new RunSummary.Counts(rs.getInt("employee_count"), rs.getInt("unit_count")), ratings, unitRatings,
                rs.getString("failure"), rs.getString("instance_id"), rs.getObject("heartbeat_at", OffsetDateTime.class),
                "RUNNING".equals(rs.getString("state")) ? progress(rs) : null);
    }

    /** Zeros until the first beat after the stored data is read. */
    private static RunSummary.Progress progress(ResultSet rs) throws SQLException {
        return new RunSummary.Progress(rs.getInt("progress_percent"), rs.getInt("people_done"), rs.getInt("people_total"));
    }

    /** How many people (or units) of the run got each rating, every rating present, best first. */
    private Map<String, Long> distribution(long runId, boolean people) {
        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("SELECT rating, COUNT(*) AS n FROM run_results WHERE run_id = :id AND employee_id IS "
                        + (people ? "NOT NULL" : "NULL") + " GROUP BY rating")
                .param("id", runId)
                .query(rs -> {
                    counted.put(rs.getString("rating"), rs.getLong("n"));
                });
        Map<String, Long> ordered = new LinkedHashMap<>();
        Rating[] ratings = Rating.values();
        Arrays.stream(ratings).sorted((a, b) -> b.compareTo(a)).forEach(r -> ordered.put(r.name(), counted.getOrDefault(r.name(), 0L)));
        return ordered;
    }
}
