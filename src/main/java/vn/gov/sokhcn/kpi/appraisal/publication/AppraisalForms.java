package vn.gov.sokhcn.kpi.appraisal.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.publication.FormViews.ComplaintRow;
import vn.gov.sokhcn.kpi.appraisal.publication.FormViews.DecisionRow;
import vn.gov.sokhcn.kpi.appraisal.publication.FormViews.Form;
import vn.gov.sokhcn.kpi.appraisal.publication.FormViews.StepRow;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.run.Decision;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * One appraisal as its form prints it: the person, the proposal, every step with actor and time, every
 * decision (proposed and decided side by side) and every complaint. Read by the person (once published),
 * their unit's heads, HR and administrators; anyone else is refused.
 */
@Component
class AppraisalForms {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> STEP_TITLES = Map.of(
            "SELF_ASSESSMENT", "Cá nhân tự đánh giá",
            "UNIT_REVIEW", "Ý kiến nhận xét của tập thể đơn vị",
            "DECISION", "Quyết định của người có thẩm quyền",
            "PUBLICATION", "Công bố kết quả",
            "COMPLAINT", "Khiếu nại",
            "RESOLUTION", "Giải quyết khiếu nại");
    private static final Map<String, String> CAUSES = Map.of(
            "DECISION", "Quyết định xếp loại",
            "RE_EVALUATION", "Đánh giá lại",
            "COMPLAINT_UPHELD", "Chấp nhận khiếu nại");
    private static final Map<String, String> COMPLAINT_STATES = Map.of(
            "OPEN", "Đang chờ giải quyết",
            "UPHELD", "Được chấp nhận",
            "REJECTED", "Không được chấp nhận");

    private final JdbcClient jdbc;
    private final Scope scope;
    private final Viewers viewers;
    private final StepDetails details;

    AppraisalForms(JdbcClient jdbc, Scope scope, Viewers viewers, JsonMapper json) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.viewers = viewers;
        this.details = new StepDetails(json);
    }

    Form form(long appraisalId) {
        Form form = head(appraisalId);
        Viewers.Viewer viewer = viewers.current();
        boolean own = viewer.employeeId() != null && viewer.employeeId() == form.employeeId();
        String refused = "Bạn chỉ xem được phiếu đánh giá của chính mình hoặc của cán bộ thuộc đơn vị mình phụ trách;"
                + " không xem được phiếu của «" + form.code() + "».";
        if (viewer.role() == Role.EXPERT) {
            throw new ScopeDeniedException(refused);
        }
        if (!viewer.hr()) {
            scope.requireEmployee(form.employeeId(), form.unitId(), refused);
            if (viewer.role() == Role.EMPLOYEE && own && !form.published()) {
                throw new ConflictException(Decision.NOT_PUBLISHED + ": phiếu đánh giá của bạn xem được sau khi công bố.");
            }
        }
        return new Form(form.id(), form.employeeId(), form.unitId(), form.published(), form.periodLabel(),
                form.agencyName(), form.code(), form.name(), form.position(), form.unitName(), form.proposedScore(),
                form.proposedRating(), form.stepLabel(), steps(appraisalId), decisions(appraisalId),
                complaints(appraisalId));
    }

    private Form head(long appraisalId) {
        return jdbc.sql("""
                SELECT a.id, a.employee_id, a.unit_id, c.state, p.kind, p.code AS period, ag.name AS agency_name,
                       e.code, e.full_name, pos.name AS position, u.name AS unit_name, a.proposed_score,
                       a.proposed_rating, a.step
                FROM appraisals a JOIN appraisal_cycles c ON c.id = a.cycle_id JOIN periods p ON p.id = c.period_id
                JOIN units ag ON ag.id = c.agency_id JOIN employees e ON e.id = a.employee_id
                LEFT JOIN positions pos ON pos.id = e.position_id JOIN units u ON u.id = a.unit_id
                WHERE a.id = ?
                """).param(appraisalId)
                .query((rs, n) -> new Form(rs.getLong("id"), rs.getLong("employee_id"), rs.getLong("unit_id"),
                        "PUBLISHED".equals(rs.getString("state")), PeriodLabel.of(rs.getString("kind"), rs.getString("period")),
                        rs.getString("agency_name"), rs.getString("code"), rs.getString("full_name"),
                        rs.getString("position"), rs.getString("unit_name"), score(rs.getBigDecimal("proposed_score")),
                        rating(rs.getString("proposed_rating")), AppraisalStep.valueOf(rs.getString("step")).label(),
                        List.of(), List.of(), List.of()))
                .optional().orElseThrow(() -> new NotFoundException("phiếu đánh giá", appraisalId));
    }

    private List<StepRow> steps(long appraisalId) {
        return jdbc.sql("SELECT kind, actor, acted_at, late, text, details FROM appraisal_steps WHERE appraisal_id = ?"
                        + " ORDER BY acted_at, id").param(appraisalId)
                .query((rs, n) -> new StepRow(rs.getString("kind"),
                        STEP_TITLES.getOrDefault(rs.getString("kind"), rs.getString("kind")), rs.getString("actor"),
                        time(rs.getObject("acted_at", OffsetDateTime.class)), rs.getBoolean("late"), rs.getString("text"),
                        details.of(rs.getString("details"))))
                .list();
    }

    private List<DecisionRow> decisions(long appraisalId) {
        return jdbc.sql("""
                SELECT id, proposed_rating, rating, reason, cause, decided_by, decided_at, replaces_id, superior_decision_no
                FROM appraisal_decisions WHERE appraisal_id = ? ORDER BY decided_at, id
                """).param(appraisalId)
                .query((rs, n) -> new DecisionRow(rs.getLong("id"), rating(rs.getString("proposed_rating")),
                        rating(rs.getString("rating")), !rs.getString("proposed_rating").equals(rs.getString("rating")),
                        rs.getString("reason"), CAUSES.getOrDefault(rs.getString("cause"), rs.getString("cause")),
                        rs.getString("decided_by"), time(rs.getObject("decided_at", OffsetDateTime.class)),
                        rs.getObject("replaces_id", Long.class), rs.getString("superior_decision_no")))
                .list();
    }

    private List<ComplaintRow> complaints(long appraisalId) {
        return jdbc.sql("""
                SELECT id, filed_by, filed_at, text, resolve_by, state, resolved_by, resolved_at, resolution_reason
                FROM appraisal_complaints WHERE appraisal_id = ? ORDER BY filed_at, id
                """).param(appraisalId)
                .query((rs, n) -> new ComplaintRow(rs.getLong("id"), rs.getString("filed_by"),
                        time(rs.getObject("filed_at", OffsetDateTime.class)), rs.getString("text"),
                        DAY.format(rs.getObject("resolve_by", LocalDate.class)),
                        COMPLAINT_STATES.getOrDefault(rs.getString("state"), rs.getString("state")),
                        rs.getString("resolved_by"), time(rs.getObject("resolved_at", OffsetDateTime.class)),
                        rs.getString("resolution_reason")))
                .list();
    }

    /** «HTTNV — Hoàn thành tốt nhiệm vụ». */
    static String rating(String code) {
        Rating rating = code == null ? null : Rating.valueOf(code);
        return rating == null ? null : rating == Rating.NOT_RATED ? rating.label() : code + " — " + rating.label();
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : TIME.format(at.atZoneSameInstant(VIETNAM));
    }

    /** The score with a decimal comma, as Vietnamese documents write it. */
    private static String score(BigDecimal score) {
        return score == null ? "—" : score.toPlainString().replace('.', ',');
    }
}
