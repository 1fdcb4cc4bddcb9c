package vn.gov.sokhcn.kpi.appraisal.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.AppraisalAccess;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.security.Visibility;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/**
 * Reads cycles. Everyone signed in sees that a cycle exists and its dates; the counts and the list of
 * appraisals hold only the people the reader may see (a unit head their units, staff themselves).
 */
@Component
public class CycleViews {
    private final JdbcClient jdbc;
    private final AppraisalAccess access;

    CycleViews(JdbcClient jdbc, AppraisalAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private record Item(long id, String employee, String name, String unit, String unitName, String step,
                        String proposed, String decided, boolean tie, boolean selfAssessed, boolean late, long employeeId) {
    }

    public CycleView view(long id) {
        var header = jdbc.sql("""
                SELECT c.id, p.code, g.code, g.name, c.run_id, r.rule_set_version, r.rule_set_sha256, c.self_assessment_due,
                       c.review_due, c.decision_due, c.state, c.opened_by, c.opened_at, c.published_by, c.published_at
                FROM appraisal_cycles c JOIN periods p ON p.id = c.period_id JOIN units g ON g.id = c.agency_id
                JOIN evaluation_runs r ON r.id = c.run_id WHERE c.id = :id""").param("id", id)
                .query((rs, n) -> new Object[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getObject(6, Integer.class), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11),
                        rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getString(14),
                        rs.getObject(15, OffsetDateTime.class)})
                .optional().orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
        List<Item> items = items(id);
        Map<String, Long> counts = emptyCounts();
        Map<String, CycleView.UnitCounts> units = new LinkedHashMap<>();
        List<CycleView.Item> listed = new ArrayList<>();
        long late = 0, missing = 0, ties = 0;
        // Until publication a person sees no rating of their own, proposed or decided.
        long hiddenFor = "PUBLISHED".equals(header[9]) || access.isHr() ? -1L : access.me().orElse(-1L);
        for (Item i : items) {
            counts.merge(i.step(), 1L, Long::sum);
            units.computeIfAbsent(i.unit(), u -> new CycleView.UnitCounts(u, i.unitName(), emptyCounts()))
                    .counts().merge(i.step(), 1L, Long::sum);
            late += i.late() ? 1 : 0;
            missing += i.selfAssessed() ? 0 : 1;
            ties += i.tie() && i.decided() == null ? 1 : 0;
            listed.add(new CycleView.Item(i.id(), i.employee(), i.name(), i.unit(), i.step(),
                    AppraisalStep.valueOf(i.step()).label(), i.employeeId() == hiddenFor ? null : i.proposed(),
                    i.employeeId() == hiddenFor ? null : i.decided(), i.tie(), i.selfAssessed(), i.late()));
        }
        return new CycleView(id, (String) header[0], (String) header[1], (String) header[2], (Long) header[3],
                (Integer) header[4], (String) header[5], (LocalDate) header[6], (LocalDate) header[7],
                (LocalDate) header[8], (String) header[9], (String) header[10], (OffsetDateTime) header[11],
                (String) header[12], (OffsetDateTime) header[13], counts, List.copyOf(units.values()), late, missing, ties,
                listed);
    }

    public PageResponse<CycleView.Summary> list(String period, String agency, Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (period != null && !period.isBlank()) {
            where.append(" AND p.code = :period");
            params.put("period", period);
        }
        if (agency != null && !agency.isBlank()) {
            where.append(" AND g.code = :agency");
            params.put("agency", agency);
        }
        String from = " FROM appraisal_cycles c JOIN periods p ON p.id = c.period_id JOIN units g ON g.id = c.agency_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        List<CycleView.Summary> rows = jdbc.sql("""
                        SELECT c.id, p.code, g.code, c.run_id, c.state, c.self_assessment_due, c.review_due, c.decision_due,
                               c.published_at""" + from + where + " ORDER BY p.start_date DESC, g.code, c.id LIMIT :size OFFSET :offset")
                .params(params).param("size", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new CycleView.Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, OffsetDateTime.class)))
                .list();
        return new PageResponse<>(rows, paging.page(), paging.size(), total);
    }

    private List<Item> items(long cycleId) {
        Visibility.Condition scope = access.visibility().condition("a.employee_id", "a.unit_id");
        var competent = access.me().orElse(-1L);
        return jdbc.sql("""
                        SELECT a.id, e.code, e.full_name, u.code AS unit, u.name AS unit_name, a.step, a.proposed_rating,
                               d.rating AS decided, a.tie_at_quota_cut,
                               (SELECT COUNT(*) FROM appraisal_steps s WHERE s.appraisal_id = a.id AND s.kind = 'SELF_ASSESSMENT') AS selfs,
                               (SELECT COUNT(*) FROM appraisal_steps s WHERE s.appraisal_id = a.id AND s.kind = 'SELF_ASSESSMENT'
                                    AND s.late) AS lates, a.employee_id
                        FROM appraisals a JOIN employees e ON e.id = a.employee_id JOIN units u ON u.id = a.unit_id
                        LEFT JOIN latest_decisions d ON d.appraisal_id = a.id
                        WHERE a.cycle_id = :cycle AND (""" + scope.sql() + " OR a.competent_employee_id = :me)"
                        + " ORDER BY u.sort_order, u.code, e.code")
                .params(scope.params()).param("cycle", cycleId).param("me", competent)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                        rs.getLong(10) > 0, rs.getLong(11) > 0, rs.getLong(12)))
                .list();
    }

    private static Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AppraisalStep step : AppraisalStep.values()) {
            counts.put(step.name(), 0L);
        }
        return counts;
    }
}
