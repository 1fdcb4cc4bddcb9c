package vn.gov.sokhcn.kpi.appraisal.cycle;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * Moves a cycle onto a newer completed run of its period (a re-evaluation). Undecided appraisals take the
 * new proposal; a decided one keeps its decision, frozen, and waits for the competent person to decide
 * again on the new run (the new decision replaces it, cause RE_EVALUATION).
 */
@Service
class ReEvaluation {
    private final JdbcClient jdbc;
    private final Appraisals appraisals;
    private final AuditLog audit;
    private final JsonMapper json;

    ReEvaluation(JdbcClient jdbc, Appraisals appraisals, AuditLog audit, JsonMapper json) {
        this.jdbc = jdbc;
        this.appraisals = appraisals;
        this.audit = audit;
        this.json = json;
    }

    record Outcome(long cycle, long run, int proposalsUpdated, int awaitingNewDecision) {
    }

    @Transactional
    public Outcome reEvaluate(long cycleId) {
        var cycle = jdbc.sql("SELECT period_id, run_id FROM appraisal_cycles WHERE id = :id FOR UPDATE").param("id", cycleId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional()
                .orElseThrow(() -> new NotFoundException("đợt đánh giá", cycleId));
        long newRun = jdbc.sql("SELECT run_id FROM latest_completed_runs WHERE period_id = ?").param(cycle[0])
                .query(Long.class).single();
        if (newRun == cycle[1]) {
            throw new ConflictException("Kỳ của đợt đánh giá số " + cycleId
                    + " chưa có lượt đánh giá chính thức nào mới hơn lượt số " + cycle[1]
                    + ": hãy chạy lại kỳ trước khi đánh giá lại.");
        }
        jdbc.sql("UPDATE appraisal_cycles SET run_id = :r WHERE id = :id").param("r", newRun).param("id", cycleId).update();
        int updated = 0;
        int awaiting = 0;
        for (AppraisalRow a : appraisals.ofCycle(cycleId)) {
            var result = jdbc.sql("SELECT id, score, rating, details FROM run_results WHERE run_id = ? AND employee_id = ?")
                    .params(newRun, a.employeeId())
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4)})
                    .optional();
            if (result.isEmpty()) {
                continue; // not in the new run: the old proposal stands
            }
            Object[] r = result.get();
            boolean tie = json.readTree(r[3] == null ? "{}" : (String) r[3]).path("quotaTie").asBoolean(false);
            jdbc.sql("""
                    UPDATE appraisals SET run_result_id = :rr, proposed_score = :s, proposed_rating = :rating, tie_at_quota_cut = :tie
                    WHERE id = :id""").param("rr", r[0]).param("s", r[1]).param("rating", r[2]).param("tie", tie)
                    .param("id", a.id()).update();
            updated++;
            if (appraisals.latestDecision(a.id()).isPresent()) {
                appraisals.moveTo(a.id(), AppraisalStep.DECISION);
                awaiting++;
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("run", newRun);
        after.put("proposalsUpdated", updated);
        after.put("awaitingNewDecision", awaiting);
        audit.record(AuditAction.APPRAISAL_RE_EVALUATED, "AppraisalCycle", cycleId, Map.of("run", cycle[1]), after,
                "Đánh giá lại đợt số " + cycleId + " theo lượt số " + newRun + " (thay lượt số " + cycle[1] + "): " + updated
                        + " đề xuất cập nhật, " + awaiting + " quyết định chờ người có thẩm quyền quyết định lại.");
        return new Outcome(cycleId, newRun, updated, awaiting);
    }
}
