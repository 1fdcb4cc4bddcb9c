package vn.gov.sokhcn.kpi.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.decided.DecidedRatings;
import vn.gov.sokhcn.kpi.appraisal.decided.RatingSource;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.report.ReportRange.PeriodRef;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * How many people of each unit got each rating in each period of the range, from the period's latest
 * completed official run: people only (a unit's own result is not counted), by the unit they were
 * evaluated in, every rating present (HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED), units without results left out.
 * Where an appraisal cycle of the period decided a person, the decided rating is counted instead of the run's
 * ({@link DecidedRatings}); {@code decided} says how many of the row's people were counted by a decision and
 * {@code note} says it in Vietnamese.
 */
@Component
public class RatingDistribution {
    static final List<String> RATINGS = Rating.CODES_BEST_FIRST;

    private final JdbcClient jdbc;
    private final Scope scope;
    private final DecidedRatings decidedRatings;

    RatingDistribution(JdbcClient jdbc, Scope scope, DecidedRatings decidedRatings) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.decidedRatings = decidedRatings;
    }

    public record Row(String period, String periodKind, long run, String unit, String unitName, Map<String, Long> ratings,
               long total, long decided, String note) {
    }

    List<Row> of(ReportRange.Resolved range) {
        List<Row> rows = new ArrayList<>();
        Visibility.Condition visible = scope.visibility().condition("rr.employee_id", "rr.unit_id");
        for (PeriodRef period : range.runPeriods()) {
            Map<Long, Rating> byRun = new HashMap<>();
            Map<Long, Long> unitOf = new HashMap<>();
            jdbc.sql("SELECT rr.employee_id, rr.unit_id, rr.rating FROM run_results rr WHERE rr.run_id = :run"
                            + " AND rr.employee_id IS NOT NULL AND rr.unit_id IN (:units) AND " + visible.sql())
                    .param("run", period.run()).param("units", range.unitIds()).params(visible.params())
                    .query(rs -> {
                        byRun.put(rs.getLong(1), Rating.valueOf(rs.getString(3)));
                        unitOf.put(rs.getLong(1), rs.getLong(2));
                    });
            long periodId = jdbc.sql("SELECT id FROM periods WHERE code = ?").param(period.code()).query(Long.class).single();
            Map<Long, Map<String, Long>> counted = new HashMap<>();
            Map<Long, Long> decided = new HashMap<>();
            decidedRatings.of(periodId, period.run(), byRun).forEach((employee, rating) -> {
                long unit = unitOf.get(employee);
                counted.computeIfAbsent(unit, k -> new HashMap<>()).merge(rating.rating().name(), 1L, Long::sum);
                decided.merge(unit, rating.source() == RatingSource.DECISION ? 1L : 0L, Long::sum);
            });
            for (Unit unit : range.units().ordered(counted.keySet())) {
                Map<String, Long> ratings = new LinkedHashMap<>();
                RATINGS.forEach(r -> ratings.put(r, counted.get(unit.id()).getOrDefault(r, 0L)));
                long total = ratings.values().stream().mapToLong(Long::longValue).sum();
                long byDecision = decided.get(unit.id());
                rows.add(new Row(period.code(), period.kind(), period.run(), unit.code(), unit.name(), ratings, total,
                        byDecision, note(byDecision, total, period.run())));
            }
        }
        return rows;
    }

    private static String note(long decided, long total, long run) {
        if (decided == total) {
            return "Theo quyết định của người có thẩm quyền.";
        }
        return decided == 0 ? "Theo lần đánh giá #" + run + " (chưa có quyết định)."
                : decided + "/" + total + " người theo quyết định của người có thẩm quyền, còn lại theo đề xuất (chưa quyết định)"
                        + " của lần đánh giá #" + run + ".";
    }
}
