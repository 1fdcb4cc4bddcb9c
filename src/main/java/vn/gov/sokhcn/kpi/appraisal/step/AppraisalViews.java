package vn.gov.sokhcn.kpi.appraisal.step;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalAccess;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.appraisal.StepKind;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** Reads one appraisal with its steps, decisions and complaints, for those who may see it. */
@Component
public class AppraisalViews {
    private final Appraisals appraisals;
    private final AppraisalAccess access;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AppraisalViews(Appraisals appraisals, AppraisalAccess access, JdbcClient jdbc, JsonMapper json) {
        this.appraisals = appraisals;
        this.access = access;
        this.jdbc = jdbc;
        this.json = json;
    }

    public AppraisalView view(long id) {
        AppraisalRow a = appraisals.get(id);
        access.requireSees(a);
        // Until publication a person sees no rating of their own, neither the proposal nor a decision.
        boolean hidden = !a.cycle().published() && access.isSelf(a) && !access.isHr();
        List<AppraisalView.StepView> steps = jdbc.sql("""
                        SELECT id, kind, actor, acted_at, late, text, details FROM appraisal_steps WHERE appraisal_id = :a
                        ORDER BY acted_at, id""").param("a", id)
                .query((rs, n) -> new AppraisalView.StepView(rs.getLong(1), rs.getString(2),
                        StepKind.valueOf(rs.getString(2)).label(), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                        rs.getBoolean(5), rs.getString(6), json.readTree(rs.getString(7))))
                .list();
        List<AppraisalView.DecisionView> decisions = hidden ? List.of() : decisions(id);
        boolean selfAssessed = steps.stream().anyMatch(s -> s.kind().equals(StepKind.SELF_ASSESSMENT.name()));
        boolean reviewed = steps.stream().anyMatch(s -> s.kind().equals(StepKind.UNIT_REVIEW.name()));
        String note = selfAssessed ? null : reviewed ? "Không tự đánh giá" : "Chưa tự đánh giá";
        var competent = a.competentEmployeeId() == null ? new AppraisalView.Competent(a.competentKind(), null, null)
                : jdbc.sql("SELECT code, full_name FROM employees WHERE id = ?").param(a.competentEmployeeId())
                .query((rs, n) -> new AppraisalView.Competent(a.competentKind(), rs.getString(1), rs.getString(2))).single();
        List<AppraisalView.StepView> shown = hidden
                ? steps.stream().filter(s -> !s.kind().equals(StepKind.DECISION.name())).toList() : steps;
        return new AppraisalView(a.id(), a.cycleId(), a.cycle().period(), a.cycle().agency(), a.employeeCode(),
                a.employeeName(), a.unitCode(), a.unitName(), a.step().name(), a.step().label(), a.cycle().state(), competent,
                a.tieAtQuotaCut(), selfAssessed, note, hidden ? null : proposed(a), decisions.isEmpty() ? null : decisions.get(0),
                shown, decisions, complaints(id));
    }

    private AppraisalView.Proposed proposed(AppraisalRow a) {
        String details = jdbc.sql("SELECT details FROM run_results WHERE id = ?").param(a.runResultId()).query(String.class)
                .single();
        List<JsonNode> reasons = new ArrayList<>();
        json.readTree(details).path("reasons").forEach(reasons::add);
        return new AppraisalView.Proposed(a.proposedScore(), a.proposedRating(), label(a.proposedRating()), a.cycle().runId(),
                reasons);
    }

    private List<AppraisalView.DecisionView> decisions(long id) {
        return jdbc.sql("""
                        SELECT id, rating, proposed_rating, reason, cause, replaces_id, run_id, rule_set_sha256, superior_decision_no,
                               decided_by, decided_at FROM appraisal_decisions WHERE appraisal_id = :a ORDER BY decided_at DESC, id DESC""")
                .param("a", id)
                .query((rs, n) -> new AppraisalView.DecisionView(rs.getLong(1), rs.getString(2), label(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, Long.class), rs.getLong(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class)))
                .list();
    }

    private List<AppraisalView.ComplaintView> complaints(long id) {
        LocalDate today = LocalDate.now();
        return jdbc.sql("""
                        SELECT id, decision_id, text, filed_by, filed_at, resolve_by, state, resolution_reason, resolved_by, resolved_at,
                               new_decision_id FROM appraisal_complaints WHERE appraisal_id = :a ORDER BY filed_at, id""")
                .param("a", id)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(6, LocalDate.class);
                    String state = rs.getString(7);
                    return new AppraisalView.ComplaintView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), due, state, "OPEN".equals(state) && today.isAfter(due),
                            rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class),
                            rs.getObject(11, Long.class));
                }).list();
    }

    private static String label(String rating) {
        return rating == null ? null : Rating.valueOf(rating).label();
    }
}
