package vn.gov.sokhcn.kpi.appraisal.step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.appraisal.AppraisalAccess;
import vn.gov.sokhcn.kpi.appraisal.AppraisalConflict;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.appraisal.DecisionCheck;
import vn.gov.sokhcn.kpi.appraisal.StepKind;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables.Authority;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * The competent person's decision, once the unit's comments are recorded. A decision is frozen: a second
 * one on the same run is refused; after a re-evaluation (the cycle moved to a newer run) a new decision
 * replaces the one in force. The decided ratings of the group must still keep the quota and leader caps.
 */
@Service
public class Decisions {
    private final Appraisals appraisals;
    private final AppraisalAccess access;
    private final DecisionCheck check;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Decisions(Appraisals appraisals, AppraisalAccess access, DecisionCheck check, AuditLog audit,
              ApplicationEventPublisher events) {
        this.appraisals = appraisals;
        this.access = access;
        this.check = check;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long decide(long id, StepRequests.Decision request) {
        AppraisalRow a = appraisals.lock(id);
        access.requireCompetent(a);
        Optional<Appraisals.Decision> inForce = appraisals.latestDecision(id);
        if (inForce.isPresent() && inForce.get().runId() == a.cycle().runId()) {
            throw new AppraisalConflict(AppraisalConflict.ALREADY_DECIDED, "Đã quyết định",
                    "Xếp loại của «" + a.employeeCode() + "» đã được quyết định (" + inForce.get().rating()
                            + ", quyết định số " + inForce.get().id() + ") và không được sửa; chỉ đánh giá lại"
                            + " hoặc khiếu nại được chấp nhận mới tạo quyết định mới.",
                    Map.of("decision", inForce.get().id()));
        }
        if (a.step() != AppraisalStep.DECISION) {
            throw new ConflictException("Chưa quyết định được xếp loại của «" + a.employeeCode()
                    + "»: đơn vị chưa họp nhận xét (bước hiện tại: " + a.step().label() + ").");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.rating() == null) {
            problems.add(new FieldProblem("$.rating", "Cần mức xếp loại quyết định"));
        } else if (!request.rating().name().equals(a.proposedRating()) && blank(request.reason())) {
            problems.add(new FieldProblem("$.reason", "Xếp loại quyết định (" + request.rating().shortName()
                    + ") khác đề xuất (" + (a.proposedRating() == null ? "không có" : Rating.valueOf(a.proposedRating()).shortName())
                    + "): cần ghi rõ lý do"));
        }
        boolean superior = Authority.Kind.SUPERIOR_AGENCY.name().equals(a.competentKind());
        if (superior && blank(request.superiorDecisionNo())) {
            problems.add(new FieldProblem("$.superiorDecisionNo", "Cần số văn bản quyết định của cơ quan cấp trên"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        check.require(a, request.rating());
        String cause = inForce.isPresent() ? "RE_EVALUATION" : "DECISION";
        Long replaces = inForce.map(Appraisals.Decision::id).orElse(null);
        String actor = access.actor();
        long decision = appraisals.addDecision(a, request.rating().name(), blank(request.reason()) ? null : request.reason(),
                cause, replaces, superior ? request.superiorDecisionNo() : null, actor);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", decision);
        details.put("rating", request.rating().name());
        details.put("proposedRating", a.proposedRating());
        details.put("cause", cause);
        details.put("replaces", replaces);
        details.put("superiorDecisionNo", superior ? request.superiorDecisionNo() : null);
        boolean late = LocalDate.now().isAfter(a.cycle().decisionDue());
        appraisals.addStep(id, StepKind.DECISION, actor, late, request.reason(), details);
        appraisals.moveTo(id, a.cycle().published() ? AppraisalStep.PUBLISHED : AppraisalStep.DECIDED);
        audit.record(AuditAction.APPRAISAL_DECIDED, "Appraisal", id, inForce.map(d -> Map.of("decision", d.id(), "rating",
                        d.rating())).orElse(null), details, "Quyết định xếp loại «" + a.employeeCode() + "» kỳ «"
                        + a.cycle().period() + "»: " + request.rating().shortName() + " (đề xuất " + (a.proposedRating() == null ? "không có"
                        : Rating.valueOf(a.proposedRating()).shortName()) + ")"
                        + (replaces == null ? "" : ", thay quyết định số " + replaces) + ".");
        events.publishEvent(new AppraisalNotice(AppraisalNotice.Kind.DECIDED, a.cycleId(), id, actor));
        return decision;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
