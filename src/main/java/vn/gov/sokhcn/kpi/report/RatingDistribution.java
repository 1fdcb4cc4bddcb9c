package vn.gov.sokhcn.kpi.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.report.ReportRange.PeriodRef;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * How many people of each unit got each rating in each period of the range, from the period's latest
 * completed official run: people only (a unit's own result is not counted), by the unit they were
 * evaluated in, every rating present (HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED), units without results left out.
 */
@Component
public class RatingDistribution {
    static final List<String> RATINGS = Rating.CODES_BEST_FIRST;

    private final JdbcClient jdbc;
    private final Scope scope;

    RatingDistribution(JdbcClient jdbc, Scope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public record Row(String period, String periodKind, long run, String unit, String unitName, Map<String, Long> ratings,
               long total) {
    }

    List<Row> of(ReportRange.Resolved range) {
        List<Row> rows = new ArrayList<>();
        Visibility.Condition visible = scope.visibility().condition("rr.employee_id", "rr.unit_id");
        for (PeriodRef period : range.runPeriods()) {
            Map<Long, Map<String, Long>> counted = new HashMap<>();
            jdbc.sql("SELECT rr.unit_id, rr.rating, COUNT(*) AS n FROM run_results rr WHERE rr.run_id = :run"
                            + " AND rr.employee_id IS NOT NULL AND rr.unit_id IN (:units) AND " + visible.sql()
                            + " GROUP BY rr.unit_id, rr.rating")
                    .param("run", period.run()).param("units", range.unitIds()).params(visible.params())
                    .query(rs -> {
                        counted.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                    });
            for (Unit unit : range.units().ordered(counted.keySet())) {
                Map<String, Long> ratings = new LinkedHashMap<>();
                RATINGS.forEach(r -> ratings.put(r, counted.get(unit.id()).getOrDefault(r, 0L)));
                long total = ratings.values().stream().mapToLong(Long::longValue).sum();
                rows.add(new Row(period.code(), period.kind(), period.run(), unit.code(), unit.name(), ratings, total));
            }
        }
        return rows;
    }
}
