package vn.gov.sokhcn.kpi.appraisal.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.appraisal.AppraisalAccess;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.appraisal.StepKind;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * A complaint by the person against their published decision, within the days the table sets after
 * publication; the competent person has the table's days to resolve it.
 */
@Service
public class Complaints {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Appraisals appraisals;
    private final AppraisalAccess access;
    private final AppraisalTables tables;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Complaints(Appraisals appraisals, AppraisalAccess access, AppraisalTables tables, JdbcClient jdbc, AuditLog audit,
               ApplicationEventPublisher events) {
        this.appraisals = appraisals;
        this.access = access;
        this.tables = tables;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long file(long appraisalId, ComplaintRequests.Filing request) {
        AppraisalRow a = appraisals.lock(appraisalId);
        access.requireSelf(a, "khiếu nại quyết định xếp loại của mình");
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidRequestException(List.of(new FieldProblem("$.text", "Cần nội dung khiếu nại")));
        }
        if (!a.cycle().published()) {
            throw new ConflictException("Chỉ khiếu nại được sau khi kết quả đợt đánh giá được công bố.");
        }
        long open = jdbc.sql("SELECT COUNT(*) FROM appraisal_complaints WHERE appraisal_id = ? AND state = 'OPEN'")
                .param(appraisalId).query(Long.class).single();
        if (open > 0) {
            throw new ConflictException("Đã có khiếu nại của «" + a.employeeCode() + "» đang chờ giải quyết.");
        }
        AppraisalTables.Deadlines deadlines = tables.deadlines(a.cycle().runId());
        LocalDate today = LocalDate.now();
        LocalDate lastDay = a.cycle().publishedAt().toLocalDate().plusDays(deadlines.filingDays());
        if (today.isAfter(lastDay)) {
            throw new ConflictException("Đã quá thời hạn khiếu nại: hạn cuối là ngày " + lastDay.format(DAY) + " ("
                    + deadlines.filingDays() + " ngày kể từ ngày công bố, " + deadlines.source() + ").");
        }
        long decision = appraisals.latestDecision(appraisalId).orElseThrow().id();
        LocalDate resolveBy = today.plusDays(deadlines.resolutionDays());
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO appraisal_complaints (appraisal_id, decision_id, filed_by, filed_at, text, resolve_by, state)
                VALUES (:a, :d, :by, :at, :text, :due, 'OPEN')""")
                .param("a", appraisalId).param("d", decision).param("by", access.actor()).param("at", OffsetDateTime.now())
                .param("text", request.text()).param("due", resolveBy).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("complaint", id);
        details.put("decision", decision);
        details.put("resolveBy", resolveBy.toString());
        appraisals.addStep(appraisalId, StepKind.COMPLAINT, access.actor(), false, request.text(), details);
        appraisals.moveTo(appraisalId, AppraisalStep.COMPLAINED);
        audit.record(AuditAction.APPRAISAL_COMPLAINT_FILED, "AppraisalComplaint", id, null, details, "«" + a.employeeCode()
                + "» khiếu nại quyết định xếp loại số " + decision + "; hạn giải quyết " + resolveBy.format(DAY) + ".");
        events.publishEvent(new AppraisalNotice(AppraisalNotice.Kind.COMPLAINT_FILED, a.cycleId(), appraisalId, access.actor()));
        return id;
    }
}
