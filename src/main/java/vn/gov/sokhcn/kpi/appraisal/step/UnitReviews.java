package vn.gov.sokhcn.kpi.appraisal.step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
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
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * The minutes of the unit's meeting on a person (date, number present, the comments, the rating the unit
 * proposes), recorded by the head of the unit or HR for them, with or without a self-assessment; the
 * appraisal then waits for the competent person's decision.
 */
@Service
public class UnitReviews {
    private final Appraisals appraisals;
    private final AppraisalAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    UnitReviews(Appraisals appraisals, AppraisalAccess access, AuditLog audit, ApplicationEventPublisher events) {
        this.appraisals = appraisals;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void record(long id, StepRequests.UnitReview request) {
        AppraisalRow a = appraisals.lock(id);
        access.requireReviewer(a);
        if (a.step().compareTo(AppraisalStep.UNIT_REVIEW) > 0) {
            throw new ConflictException("Đã ghi nhận xét của đơn vị cho «" + a.employeeCode() + "» (bước hiện tại: "
                    + a.step().label() + ").");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.meetingDate() == null) {
            problems.add(new FieldProblem("$.meetingDate", "Cần ngày họp (dạng 2027-01-18)"));
        } else if (request.meetingDate().isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("$.meetingDate", "Ngày họp không được sau hôm nay"));
        }
        if (request.present() == null || request.present() < 1) {
            problems.add(new FieldProblem("$.present", "Số người dự họp phải từ 1 trở lên"));
        }
        if (request.summary() == null || request.summary().isBlank()) {
            problems.add(new FieldProblem("$.summary", "Cần tóm tắt ý kiến nhận xét tại cuộc họp"));
        }
        if (request.proposedRating() == null) {
            problems.add(new FieldProblem("$.proposedRating", "Cần mức xếp loại đơn vị đề xuất"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean selfAssessed = appraisals.hasStep(id, StepKind.SELF_ASSESSMENT);
        boolean late = LocalDate.now().isAfter(a.cycle().reviewDue());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meetingDate", request.meetingDate().toString());
        details.put("present", request.present());
        details.put("proposedRating", request.proposedRating().name());
        details.put("selfAssessed", selfAssessed);
        appraisals.addStep(id, StepKind.UNIT_REVIEW, access.actor(), late, request.summary(), details);
        appraisals.moveTo(id, AppraisalStep.DECISION);
        audit.record(AuditAction.APPRAISAL_UNIT_REVIEWED, "Appraisal", id, null, details, "Nhận xét của đơn vị về «"
                + a.employeeCode() + "» (họp ngày " + request.meetingDate() + ", " + request.present() + " người dự), đề xuất "
                + request.proposedRating().shortName() + (selfAssessed ? "" : "; không tự đánh giá")
                + (late ? "; ghi muộn, hạn " + a.cycle().reviewDue() : "") + ".");
        events.publishEvent(new AppraisalNotice(AppraisalNotice.Kind.UNIT_REVIEWED, a.cycleId(), id, access.actor()));
    }
}
