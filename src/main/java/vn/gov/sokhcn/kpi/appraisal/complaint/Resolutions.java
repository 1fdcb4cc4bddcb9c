package vn.gov.sokhcn.kpi.appraisal.complaint;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.appraisal.AppraisalAccess;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.appraisal.DecisionCheck;
import vn.gov.sokhcn.kpi.appraisal.StepKind;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * The competent person resolves a complaint, with a reason: upheld (a new decision replacing the one in
 * force, checked against the rules like any decision) or rejected.
 */
@Service
public class Resolutions {
    private final Appraisals appraisals;
    private final AppraisalAccess access;
    private final DecisionCheck check;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Resolutions(Appraisals appraisals, AppraisalAccess access, DecisionCheck check, JdbcClient jdbc, AuditLog audit,
                ApplicationEventPublisher events) {
        this.appraisals = appraisals;
        this.access = access;
        this.check = check;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Returns the appraisal the complaint belongs to. */
    @Transactional
    public long resolve(long complaintId, ComplaintRequests.Resolution request) {
        var complaint = jdbc.sql("SELECT appraisal_id, state FROM appraisal_complaints WHERE id = :id FOR UPDATE")
                .param("id", complaintId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFoundException("khiếu nại", complaintId));
        AppraisalRow a = appraisals.lock(complaint.getKey());
        access.requireCompetent(a);
        if (!"OPEN".equals(complaint.getValue())) {
            throw new ConflictException("Khiếu nại số " + complaintId + " đã được giải quyết.");
        }
        var inForce = appraisals.latestDecision(a.id()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (request.outcome() == null) {
            problems.add(new FieldProblem("$.outcome", "Cần kết quả giải quyết: UPHELD (chấp nhận) hoặc REJECTED (không chấp nhận)"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            problems.add(new FieldProblem("$.reason", "Cần lý do giải quyết khiếu nại"));
        }
        boolean upheld = request.outcome() == ComplaintRequests.Outcome.UPHELD;
        if (upheld && request.rating() == null) {
            problems.add(new FieldProblem("$.rating", "Khiếu nại được chấp nhận: cần mức xếp loại mới"));
        } else if (upheld && request.rating().name().equals(inForce.rating())) {
            problems.add(new FieldProblem("$.rating", "Mức xếp loại mới trùng với quyết định đang có hiệu lực ("
                    + inForce.rating() + ")"));
        } else if (!upheld && request.rating() != null) {
            problems.add(new FieldProblem("$.rating", "Khiếu nại không được chấp nhận thì không có xếp loại mới"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String actor = access.actor();
        Long newDecision = null;
        if (upheld) {
            check.require(a, request.rating());
            newDecision = appraisals.addDecision(a, request.rating().name(), request.reason(), "COMPLAINT_UPHELD",
                    inForce.id(), null, actor);
        }
        jdbc.sql("""
                UPDATE appraisal_complaints SET state = :s, resolved_by = :by, resolved_at = :at, resolution_reason = :r,
                       new_decision_id = :d WHERE id = :id""")
                .param("s", request.outcome().name()).param("by", actor).param("at", OffsetDateTime.now())
                .param("r", request.reason()).param("d", newDecision).param("id", complaintId).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("complaint", complaintId);
        details.put("outcome", request.outcome().name());
        details.put("decision", newDecision);
        details.put("rating", upheld ? request.rating().name() : inForce.rating());
        details.put("replaces", upheld ? inForce.id() : null);
        appraisals.addStep(a.id(), StepKind.RESOLUTION, actor, false, request.reason(), details);
        appraisals.moveTo(a.id(), AppraisalStep.RESOLVED);
        audit.record(AuditAction.APPRAISAL_COMPLAINT_RESOLVED, "AppraisalComplaint", complaintId, Map.of("state", "OPEN"),
                details, "Giải quyết khiếu nại số " + complaintId + " của «" + a.employeeCode() + "»: "
                        + (upheld ? "chấp nhận, xếp loại mới " + request.rating().shortName() + " thay quyết định số " + inForce.id()
                        : "không chấp nhận") + ".");
        events.publishEvent(new AppraisalNotice(AppraisalNotice.Kind.COMPLAINT_RESOLVED, a.cycleId(), a.id(), actor));
        return a.id();
    }
}
