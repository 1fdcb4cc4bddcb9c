package vn.gov.sokhcn.kpi.appraisal.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.appraisal.AppraisalAccess;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.appraisal.StepKind;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.evaluation.policy.CriterionRow;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * The person's own self-assessment, until the unit's review is recorded; after the due date it is
 * still taken, marked late. A later one adds a step (the latest counts); the appraisal moves to the unit's review.
 */
@Service
public class SelfAssessments {
    private final Appraisals appraisals;
    private final AppraisalAccess access;
    private final CriterionMaxima maxima;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SelfAssessments(Appraisals appraisals, AppraisalAccess access, CriterionMaxima maxima, JdbcClient jdbc, AuditLog audit,
                    ApplicationEventPublisher events) {
        this.appraisals = appraisals;
        this.access = access;
        this.maxima = maxima;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void submit(long id, StepRequests.SelfAssessment request) {
        AppraisalRow a = appraisals.lock(id);
        access.requireSelf(a, "tự đánh giá trong bản đánh giá của mình");
        if (a.step().compareTo(AppraisalStep.UNIT_REVIEW) > 0 || appraisals.hasStep(id, StepKind.UNIT_REVIEW)) {
            throw new ConflictException("Không thể tự đánh giá nữa: đơn vị đã họp nhận xét (bước hiện tại: " + a.step().label()
                    + ").");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.text() == null || request.text().isBlank()) {
            problems.add(new FieldProblem("$.text", "Cần nội dung tự đánh giá kết quả thực hiện nhiệm vụ"));
        }
        if (request.proposedRating() == null) {
            problems.add(new FieldProblem("$.proposedRating", "Cần mức xếp loại tự đề xuất"));
        }
        Map<String, BigDecimal> criteria = criteria(a, request.criteria(), problems);
        List<Map<String, Object>> comments = comments(a, request.assignmentComments(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean late = LocalDate.now().isAfter(a.cycle().selfAssessmentDue());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("proposedRating", request.proposedRating().name());
        details.put("criteria", criteria);
        details.put("assignmentComments", comments);
        appraisals.addStep(id, StepKind.SELF_ASSESSMENT, access.actor(), late, request.text(), details);
        appraisals.moveTo(id, AppraisalStep.UNIT_REVIEW);
        audit.record(AuditAction.APPRAISAL_SELF_ASSESSED, "Appraisal", id, null, details, "«" + a.employeeCode()
                + "» tự đánh giá kỳ «" + a.cycle().period() + "», đề xuất " + request.proposedRating().shortName()
                + (late ? " (nộp muộn, hạn " + a.cycle().selfAssessmentDue() + ")" : "") + ".");
        events.publishEvent(new AppraisalNotice(AppraisalNotice.Kind.SELF_ASSESSED, a.cycleId(), id, access.actor()));
    }

    private Map<String, BigDecimal> criteria(AppraisalRow a, StepRequests.Criteria given, List<FieldProblem> problems) {
        Map<String, BigDecimal> scored = new LinkedHashMap<>();
        if (given == null) {
            problems.add(new FieldProblem("$.criteria", "Cần tự chấm bốn tiêu chí chung (politics, ethics, style, discipline)"));
            return scored;
        }
        Map<String, CriterionRow> rows = maxima.of(a.cycle().runId());
        score("politics", "POLITICS", given.politics(), rows, scored, problems);
        score("ethics", "ETHICS", given.ethics(), rows, scored, problems);
        score("style", "STYLE", given.style(), rows, scored, problems);
        score("discipline", "DISCIPLINE", given.discipline(), rows, scored, problems);
        return scored;
    }

    private static void score(String field, String code, BigDecimal value, Map<String, CriterionRow> rows,
                              Map<String, BigDecimal> scored, List<FieldProblem> problems) {
        String path = "$.criteria." + field;
        CriterionRow row = rows.get(code);
        if (value == null) {
            problems.add(new FieldProblem(path, "Cần điểm tự chấm"));
        } else if (row != null && (value.signum() < 0 || value.doubleValue() > row.getMax())) {
            problems.add(new FieldProblem(path, "Điểm phải từ 0 đến " + number(row.getMax()) + " (" + row.getSource() + ")"));
        } else {
            scored.put(field, value);
        }
    }

    private List<Map<String, Object>> comments(AppraisalRow a, List<StepRequests.AssignmentComment> given,
                                               List<FieldProblem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (int i = 0; i < given.size(); i++) {
            StepRequests.AssignmentComment c = given.get(i);
            String path = "$.assignmentComments[" + i + "]";
            if (c == null || c.assignment() == null || c.assignment().isBlank()) {
                problems.add(new FieldProblem(path + ".assignment", "Cần mã giao việc hoặc mã chỉ tiêu"));
                continue;
            }
            Optional<Map<String, Object>> found = assignment(a, c.assignment().strip());
            if (found.isEmpty()) {
                problems.add(new FieldProblem(path + ".assignment", "«" + c.assignment() + "» không phải việc được giao cho «"
                        + a.employeeCode() + "» trong kỳ «" + a.cycle().period() + "»"));
            } else if (c.comment() == null || c.comment().isBlank()) {
                problems.add(new FieldProblem(path + ".comment", "Cần nội dung nhận xét"));
            } else {
                Map<String, Object> one = new LinkedHashMap<>(found.get());
                one.put("comment", c.comment());
                out.add(one);
            }
        }
        return out;
    }

    private Optional<Map<String, Object>> assignment(AppraisalRow a, String key) {
        Long byId = key.matches("\\d{1,18}") ? Long.valueOf(key) : null;
        return jdbc.sql("""
                        SELECT s.id, i.code, i.name FROM assignments s JOIN indicators i ON i.id = s.indicator_id
                        WHERE s.period_id = :p AND s.employee_id = :e AND (s.id = :id OR i.code = :code) ORDER BY s.id""")
                .param("p", a.cycle().periodId()).param("e", a.employeeId()).param("id", byId == null ? -1L : byId)
                .param("code", key)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("assignment", rs.getLong(1));
                    m.put("indicator", rs.getString(2));
                    m.put("indicatorName", rs.getString(3));
                    return m;
                }).list().stream().findFirst();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
