package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.run.SubjectResultViews.PeriodResult;
import vn.gov.sokhcn.kpi.evaluation.run.SubjectResultViews.UnitPeriodResults;
import vn.gov.sokhcn.kpi.evaluation.run.SubjectResultViews.UnitResultView;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/**
 * Results by subject, always from the latest completed run of each period (the view
 * {@code latest_completed_runs}): a person across periods, a unit and its people in one period.
 */
@Component
class SubjectResults {
    private static final String LATEST_COMPLETED = "r.id IN (SELECT run_id FROM latest_completed_runs)";

    private final JdbcClient jdbc;
    private final RunResults results;
    private final Scope scope;
    private final ShownResults shown;

    SubjectResults(JdbcClient jdbc, RunResults results, Scope scope, ShownResults shown) {
        this.jdbc = jdbc;
        this.results = results;
        this.scope = scope;
        this.shown = shown;
    }

    /** The person's result in each period that has one, in order of the periods' ends (a month before its quarter). */
    PageResponse<PeriodResult> ofEmployee(String code, Paging paging) {
        long employeeId = id("employees", code, "cán bộ");
        Long unitId = jdbc.sql("SELECT unit_id FROM employees WHERE id = ?").param(employeeId).query(Long.class).single();
        scope.requireEmployee(employeeId, unitId, "Bạn chỉ xem được kết quả của chính mình"
                + " hoặc của cán bộ thuộc đơn vị mình phụ trách; không xem được kết quả của «" + code + "».");
        // A unit head sees a person's results only from the periods the person was evaluated in their unit.
        Visibility.Condition visible = scope.visibility().condition("rr.employee_id", "rr.unit_id");
        String from = " FROM run_results rr JOIN evaluation_runs r ON r.id = rr.run_id JOIN periods p ON p.id = r.period_id"
                + " JOIN units u ON u.id = rr.unit_id WHERE rr.employee_id = :employeeId AND " + visible.sql()
                + " AND " + LATEST_COMPLETED;
        long total = jdbc.sql("SELECT COUNT(*)" + from).param("employeeId", employeeId).params(visible.params())
                .query(Long.class).single();
        ShownResults.Shown rule = shown.ofEmployee(employeeId);
        List<PeriodResult> items = jdbc.sql("""
                SELECT p.id AS period_id, p.code AS period_code, p.kind, p.start_date, p.end_date, r.id AS run_id,
                       u.code AS unit_code, rr.score, rr.task_score, rr.general_score, rr.rating
                """ + from + " ORDER BY p.end_date, p.start_date DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("employeeId", employeeId).params(visible.params())
                .param("offset", paging.offset()).param("size", paging.size())
                .query((rs, n) -> {
                    long periodId = rs.getLong("period_id");
                    boolean hidden = rule.hidden(periodId);
                    String rating = hidden ? null : rs.getString("rating");
                    return new PeriodResult(rs.getString("period_code"), rs.getString("kind"),
                            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                            rs.getLong("run_id"), rs.getString("unit_code"), hidden ? null : rs.getBigDecimal("score"),
                            hidden ? null : rs.getBigDecimal("task_score"), hidden ? null : rs.getBigDecimal("general_score"),
                            rating, rating == null ? null : Rating.valueOf(rating).label(),
                            hidden ? null : rule.decision(periodId), hidden ? Decision.NOT_PUBLISHED : null);
                })
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    UnitPeriodResults ofUnit(String unitCode, StoredPeriod period) {
        long unitId = id("units", unitCode, "đơn vị");
        scope.requireUnit(unitId, "Bạn chỉ xem được kết quả của đơn vị mình phụ trách; không xem được kết quả của đơn vị «"
                + unitCode + "».");
        long runId = latestCompletedRun(period);
        UnitResultView unit = jdbc.sql("""
                SELECT subject_code, subject_name, score, rating, details FROM run_results
                WHERE run_id = :runId AND unit_id = :unitId AND employee_id IS NULL
                """)
                .param("runId", runId).param("unitId", unitId)
                .query((rs, n) -> {
                    ResultDetails d = results.details(rs.getString("details"));
                    return new UnitResultView(rs.getString("subject_code"), rs.getString("subject_name"),
                            rs.getBigDecimal("score"), rs.getString("rating"), d.ratingLabel(), d.shares(),
                            d.achievements(), d.reasons());
                })
                .optional().orElse(null);
        return new UnitPeriodResults(period.code(), runId, unit, results.ofUnit(runId, unitId));
    }

    long latestCompletedRun(StoredPeriod period) {
        return jdbc.sql("""
                SELECT run_id FROM latest_completed_runs WHERE period_id = :periodId
                """)
                .param("periodId", period.id()).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("lượt đánh giá hoàn thành của kỳ", period.code()));
    }

    private long id(String table, String code, String what) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE code = :code").param("code", code).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException(what, code));
    }
}
