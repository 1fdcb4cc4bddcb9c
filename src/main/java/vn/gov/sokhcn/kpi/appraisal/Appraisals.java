package vn.gov.sokhcn.kpi.appraisal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * The appraisals' rows: reading one (locked for a step), moving its step, appending its steps and
 * decisions. Steps and decisions are only ever inserted; the database refuses to change them (V111).
 */
@Component
public class Appraisals {
    private static final String SELECT = """
            SELECT a.id, a.cycle_id, a.employee_id, e.code AS employee_code, e.full_name, e.leadership,
                   COALESCE(e.task_group, e.staff_type) AS task_group, a.unit_id, u.code AS unit_code, u.name AS unit_name,
                   a.run_result_id, a.proposed_score, a.proposed_rating, a.step, a.competent_kind, a.competent_employee_id,
                   a.tie_at_quota_cut, c.period_id, p.code AS period_code, c.agency_id, g.code AS agency_code, c.run_id,
                   c.state, c.self_assessment_due, c.review_due, c.decision_due, c.published_at
            FROM appraisals a
            JOIN employees e ON e.id = a.employee_id
            JOIN units u ON u.id = a.unit_id
            JOIN appraisal_cycles c ON c.id = a.cycle_id
            JOIN periods p ON p.id = c.period_id
            JOIN units g ON g.id = c.agency_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Appraisals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public AppraisalRow get(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Appraisals::row).optional()
                .orElseThrow(() -> new NotFoundException("bản đánh giá", id));
    }

    /** The appraisal, its row locked until the step's transaction ends, so two steps on it never interleave. */
    public AppraisalRow lock(long id) {
        jdbc.sql("SELECT id FROM appraisals WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("bản đánh giá", id));
        return get(id);
    }

    /** Every appraisal of a cycle, in the order of units and people. */
    public List<AppraisalRow> ofCycle(long cycleId) {
        return jdbc.sql(SELECT + " WHERE a.cycle_id = :c ORDER BY u.sort_order, u.code, e.code").param("c", cycleId)
                .query(Appraisals::row).list();
    }

    public void moveTo(long id, AppraisalStep step) {
        jdbc.sql("UPDATE appraisals SET step = :s WHERE id = :id").param("s", step.name()).param("id", id).update();
    }

    /** Appends a step; {@code details} is written as JSON. */
    public long addStep(long appraisalId, StepKind kind, String actor, boolean late, String text, Object details) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO appraisal_steps (appraisal_id, kind, actor, acted_at, late, text, details)
                VALUES (:a, :k, :actor, :at, :late, :text, :details)""")
                .param("a", appraisalId).param("k", kind.name()).param("actor", actor).param("at", OffsetDateTime.now())
                .param("late", late).param("text", text).param("details", json.writeValueAsString(details))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public boolean hasStep(long appraisalId, StepKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM appraisal_steps WHERE appraisal_id = :a AND kind = :k")
                .param("a", appraisalId).param("k", kind.name()).query(Long.class).single() > 0;
    }

    /** The decision in force: the latest, which no other replaces. */
    public Optional<Decision> latestDecision(long appraisalId) {
        return jdbc.sql("""
                SELECT d.id, d.rating, d.run_id FROM appraisal_decisions d
                WHERE d.appraisal_id = :a AND NOT EXISTS (SELECT 1 FROM appraisal_decisions n WHERE n.replaces_id = d.id)""")
                .param("a", appraisalId).query((rs, n) -> new Decision(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .optional();
    }

    /** Appends a decision resting on the cycle's run and its rule set. */
    public long addDecision(AppraisalRow a, String rating, String reason, String cause, Long replaces,
                            String superiorDecisionNo, String actor) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO appraisal_decisions (appraisal_id, employee_id, period_id, proposed_rating, proposed_score, rating,
                    reason, cause, run_id, rule_set_sha256, replaces_id, superior_decision_no, decided_by, decided_at)
                SELECT :a, :e, :p, :pr, :ps, :r, :reason, :cause, r.id, r.rule_set_sha256, :replaces, :sup, :by, :at
                FROM evaluation_runs r WHERE r.id = :run""")
                .param("a", a.id()).param("e", a.employeeId()).param("p", a.cycle().periodId())
                .param("pr", a.proposedRating()).param("ps", a.proposedScore()).param("r", rating).param("reason", reason)
                .param("cause", cause).param("replaces", replaces).param("sup", superiorDecisionNo).param("by", actor)
                .param("at", OffsetDateTime.now()).param("run", a.cycle().runId()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** A decision in force: its id, rating and the run it rests on. */
    public record Decision(long id, String rating, long runId) {
    }

    private static AppraisalRow row(ResultSet rs, int n) throws SQLException {
        var cycle = new AppraisalRow.Cycle(rs.getLong("cycle_id"), rs.getLong("period_id"), rs.getString("period_code"),
                rs.getLong("agency_id"), rs.getString("agency_code"), rs.getLong("run_id"), rs.getString("state"),
                rs.getObject("self_assessment_due", java.time.LocalDate.class),
                rs.getObject("review_due", java.time.LocalDate.class), rs.getObject("decision_due", java.time.LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class));
        BigDecimal score = rs.getBigDecimal("proposed_score");
        return new AppraisalRow(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("employee_id"),
                rs.getString("employee_code"), rs.getString("full_name"), Leadership.valueOf(rs.getString("leadership")),
                rs.getString("task_group"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getLong("run_result_id"), score, rs.getString("proposed_rating"),
                AppraisalStep.valueOf(rs.getString("step")), rs.getString("competent_kind"),
                rs.getObject("competent_employee_id", Long.class), rs.getBoolean("tie_at_quota_cut"), cycle);
    }
}
