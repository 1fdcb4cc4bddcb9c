package vn.gov.sokhcn.kpi.appraisal.cycle;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * HR publishes a cycle once every appraisal is decided (ties at the quota cut included) and the decided
 * ratings together keep the rules; each appraisal gets a publication step.
 */
@Service
public class Publication {
    private final JdbcClient jdbc;
    private final Appraisals appraisals;
    private final DecisionCheck check;
    private final AppraisalAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Publication(JdbcClient jdbc, Appraisals appraisals, DecisionCheck check, AppraisalAccess access, AuditLog audit,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.appraisals = appraisals;
        this.check = check;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void publish(long cycleId) {
        String state = jdbc.sql("SELECT state FROM appraisal_cycles WHERE id = :id FOR UPDATE").param("id", cycleId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("đợt đánh giá", cycleId));
        if ("PUBLISHED".equals(state)) {
            throw new ConflictException("Đợt đánh giá số " + cycleId + " đã được công bố.");
        }
        List<AppraisalRow> all = appraisals.ofCycle(cycleId);
        List<AppraisalRow> pending = all.stream().filter(a -> a.step() != AppraisalStep.DECIDED).toList();
        if (!pending.isEmpty()) {
            List<Map<String, Object>> listed = pending.stream().map(a -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("appraisal", a.id());
                one.put("employee", a.employeeCode());
                one.put("name", a.employeeName());
                one.put("step", a.step().name());
                one.put("tieAtQuotaCut", a.tieAtQuotaCut());
                return one;
            }).toList();
            throw new AppraisalConflict(AppraisalConflict.NOT_READY, "Chưa công bố được",
                    "Chưa công bố được: " + pending.size() + " người chưa có quyết định xếp loại: " + String.join(", ",
                            pending.stream().map(a -> a.employeeCode() + " (" + a.step().label()
                                    + (a.tieAtQuotaCut() ? ", bằng điểm tại ngưỡng hạn mức" : "") + ")").toList()) + ".",
                    Map.of("pending", listed));
        }
        long runId = all.get(0).cycle().runId();
        check.requireAll(cycleId, runId);
        String actor = access.actor();
        jdbc.sql("UPDATE appraisal_cycles SET state = 'PUBLISHED', published_by = :by, published_at = :at WHERE id = :id")
                .param("by", actor).param("at", OffsetDateTime.now()).param("id", cycleId).update();
        for (AppraisalRow a : all) {
            appraisals.addStep(a.id(), StepKind.PUBLICATION, actor, false, "Công bố kết quả trong cơ quan",
                    Map.of("cycle", cycleId));
            appraisals.moveTo(a.id(), AppraisalStep.PUBLISHED);
        }
        audit.record(AuditAction.APPRAISAL_CYCLE_PUBLISHED, "AppraisalCycle", cycleId, Map.of("state", state),
                Map.of("state", "PUBLISHED"), "Công bố kết quả đợt đánh giá số " + cycleId + " (kỳ «" + all.get(0).cycle().period()
                        + "», «" + all.get(0).cycle().agency() + "»): " + all.size() + " người.");
        events.publishEvent(new AppraisalNotice(AppraisalNotice.Kind.PUBLISHED, cycleId, null, actor));
    }
}
