package vn.gov.sokhcn.kpi.appraisal.cycle;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables.Authority;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.organisation.UnitTree;
import vn.gov.sokhcn.kpi.organisation.UnitTrees;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * Opens a cycle from the latest completed official run of a period: one appraisal per person of the run
 * whose nearest agency is the cycle's, carrying the run's proposal, the tie flag at the quota cut and who
 * is competent to decide (decision-tables/tham-quyen.drl.xlsx).
 */
@Service
public class CycleOpening {
    private final JdbcClient jdbc;
    private final UnitTrees unitTrees;
    private final AppraisalTables tables;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    CycleOpening(JdbcClient jdbc, UnitTrees unitTrees, AppraisalTables tables, AuditLog audit, CurrentUser currentUser,
                 JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.unitTrees = unitTrees;
        this.tables = tables;
        this.audit = audit;
        this.currentUser = currentUser;
        this.json = json;
        this.events = events;
    }

    private record Person(long resultId, long employeeId, String code, long unitId, BigDecimal score, String rating,
                          Leadership leadership, String details) {
    }

    @Transactional
    public long open(OpenCycleRequest request) {
        UnitTree tree = unitTrees.load();
        List<FieldProblem> problems = new ArrayList<>();
        Long periodId = null;
        if (blank(request.period())) {
            problems.add(new FieldProblem("$.period", "Cần mã kỳ đánh giá"));
        } else {
            periodId = jdbc.sql("SELECT id FROM periods WHERE code = ?").param(request.period()).query(Long.class)
                    .optional().orElse(null);
            if (periodId == null) {
                problems.add(new FieldProblem("$.period", "Không có kỳ đánh giá «" + request.period() + "»"));
            }
        }
        Unit agency = null;
        if (blank(request.agency())) {
            problems.add(new FieldProblem("$.agency", "Cần mã cơ quan"));
        } else {
            agency = tree.byCode(request.agency()).orElse(null);
            if (agency == null) {
                problems.add(new FieldProblem("$.agency", "Không có đơn vị «" + request.agency() + "»"));
            } else if (!agency.agency()) {
                problems.add(new FieldProblem("$.agency", "Đơn vị «" + request.agency()
                        + "» không phải là cơ quan (đơn vị tự xếp loại, có hạn mức riêng)"));
            }
        }
        dates(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long runId = jdbc.sql("SELECT run_id FROM latest_completed_runs WHERE period_id = ?").param(periodId)
                .query(Long.class).optional().orElseThrow(() -> new ConflictException("Kỳ «" + request.period()
                        + "» chưa có lượt đánh giá chính thức nào hoàn thành: hãy chạy kỳ này trước khi mở đợt đánh giá."));
        Optional<Long> existing = jdbc.sql("SELECT id FROM appraisal_cycles WHERE period_id = ? AND agency_id = ?")
                .params(periodId, agency.id()).query(Long.class).optional();
        if (existing.isPresent()) {
            throw new ConflictException("Đã có đợt đánh giá kỳ «" + request.period() + "» của «" + agency.code()
                    + "» (số " + existing.get() + ").");
        }
        long agencyId = agency.id();
        List<Person> people = jdbc.sql("""
                        SELECT r.id, r.employee_id, e.code, r.unit_id, r.score, r.rating, e.leadership, r.details
                        FROM run_results r JOIN employees e ON e.id = r.employee_id
                        WHERE r.run_id = ? ORDER BY e.code""").param(runId)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getBigDecimal(5), rs.getString(6), Leadership.valueOf(rs.getString(7)), rs.getString(8)))
                .list().stream()
                .filter(p -> tree.agencyOf(p.unitId()).map(Unit::id).filter(id -> id == agencyId).isPresent())
                .toList();
        if (people.isEmpty()) {
            throw new ConflictException("Lượt đánh giá số " + runId + " của kỳ «" + request.period()
                    + "» không có ai thuộc cơ quan «" + agency.code() + "».");
        }
        Long head = headOf(agencyId);
        long cycleId = insertCycle(request, periodId, agencyId, runId);
        for (Person p : people) {
            boolean isHead = head != null && head == p.employeeId();
            Authority authority = tables.competentFor(runId, p.leadership(), isHead);
            Long competent = null;
            if (authority.kind() == Authority.Kind.HEAD_OF_AGENCY) {
                if (head == null) {
                    throw new ConflictException("Cơ quan «" + agency.code() + "» chưa có người đứng đầu để quyết định xếp loại ("
                            + authority.source() + ").");
                }
                competent = head;
            }
            jdbc.sql("""
                    INSERT INTO appraisals (cycle_id, employee_id, unit_id, run_result_id, proposed_score, proposed_rating, step,
                                            competent_kind, competent_employee_id, tie_at_quota_cut)
                    VALUES (:c, :e, :u, :r, :s, :rating, :step, :kind, :competent, :tie)""")
                    .param("c", cycleId).param("e", p.employeeId()).param("u", p.unitId()).param("r", p.resultId())
                    .param("s", p.score()).param("rating", p.rating()).param("step", AppraisalStep.SELF_ASSESSMENT.name())
                    .param("kind", authority.kind().name()).param("competent", competent).param("tie", quotaTie(p.details()))
                    .update();
        }
        audit.record(AuditAction.APPRAISAL_CYCLE_OPENED, "AppraisalCycle", cycleId, null,
                Map.of("period", request.period(), "agency", agency.code(), "run", runId, "appraisals", people.size()),
                "Mở đợt đánh giá, xếp loại kỳ «" + request.period() + "» của «" + agency.code() + "» từ lượt số " + runId
                        + ": " + people.size() + " người.");
        events.publishEvent(new AppraisalNotice(AppraisalNotice.Kind.CYCLE_OPENED, cycleId, null, currentUser.name()));
        return cycleId;
    }

    /** The head of the agency: its own member with the highest leadership. */
    private Long headOf(long agencyId) {
        return jdbc.sql("SELECT id, leadership FROM employees WHERE unit_id = ? AND end_date IS NULL").param(agencyId)
                .query((rs, n) -> Map.entry(rs.getLong(1), Leadership.valueOf(rs.getString(2)))).list().stream()
                .filter(e -> e.getValue() != Leadership.NONE)
                .max(Comparator.comparing((Map.Entry<Long, Leadership> e) -> e.getValue()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private long insertCycle(OpenCycleRequest request, long periodId, long agencyId, long runId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO appraisal_cycles (period_id, agency_id, run_id, self_assessment_due, review_due, decision_due, state,
                                              opened_by, opened_at)
                VALUES (:p, :a, :r, :sd, :rd, :dd, 'OPEN', :by, :at)""")
                .param("p", periodId).param("a", agencyId).param("r", runId).param("sd", request.selfAssessmentDue())
                .param("rd", request.reviewDue()).param("dd", request.decisionDue()).param("by", currentUser.name())
                .param("at", OffsetDateTime.now()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private boolean quotaTie(String details) {
        JsonNode node = json.readTree(details == null ? "{}" : details);
        return node.path("quotaTie").asBoolean(false);
    }

    private static void dates(OpenCycleRequest r, List<FieldProblem> problems) {
        if (r.selfAssessmentDue() == null) {
            problems.add(new FieldProblem("$.selfAssessmentDue", "Cần hạn tự đánh giá (ngày, dạng 2027-01-15)"));
        }
        if (r.reviewDue() == null) {
            problems.add(new FieldProblem("$.reviewDue", "Cần hạn họp nhận xét của đơn vị (ngày, dạng 2027-01-20)"));
        } else if (r.selfAssessmentDue() != null && r.reviewDue().isBefore(r.selfAssessmentDue())) {
            problems.add(new FieldProblem("$.reviewDue", "Hạn nhận xét của đơn vị (" + r.reviewDue()
                    + ") không được trước hạn tự đánh giá (" + r.selfAssessmentDue() + ")"));
        }
        if (r.decisionDue() == null) {
            problems.add(new FieldProblem("$.decisionDue", "Cần hạn quyết định xếp loại (ngày, dạng 2027-01-31)"));
        } else if (r.reviewDue() != null && r.decisionDue().isBefore(r.reviewDue())) {
            problems.add(new FieldProblem("$.decisionDue", "Hạn quyết định (" + r.decisionDue()
                    + ") không được trước hạn nhận xét của đơn vị (" + r.reviewDue() + ")"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
