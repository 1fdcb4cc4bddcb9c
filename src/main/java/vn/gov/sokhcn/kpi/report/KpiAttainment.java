package vn.gov.sokhcn.kpi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.report.ReportRange.PeriodRef;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;

/**
 * KPI attainment by perspective and objective of the strategy map, per period: the achievements (in
 * percent) the period's latest completed official run stored for every assignment of the people and
 * units in the range's units, each counted under the objective of its indicator (directly or through its
 * critical success factor); an objective's and a perspective's figure is the plain mean of its
 * achievements, rounded to 2 decimals. Indicators placed under no objective are not counted.
 */
@Component
public class KpiAttainment {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Scope scope;

    KpiAttainment(JdbcClient jdbc, JsonMapper json, Scope scope) {
        this.jdbc = jdbc;
        this.json = json;
        this.scope = scope;
    }

    public record Objective(String code, String name, int results, BigDecimal averageAchievement) {
    }

    public record Perspective(String code, String name, int results, BigDecimal averageAchievement, List<Objective> objectives) {
    }

    public record Period(String period, String periodKind, long run, List<Perspective> perspectives) {
    }

    private record MapObjective(String code, String name, String perspective, String perspectiveName) {
    }

    List<Period> of(ReportRange.Resolved range) {
        List<MapObjective> objectives = jdbc.sql("""
                SELECT o.code, o.name, p.code, p.name FROM objectives o JOIN perspectives p ON p.id = o.perspective_id
                ORDER BY p.sort_order, p.code, o.code""")
                .query((rs, n) -> new MapObjective(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        Map<String, String> objectiveOf = new HashMap<>();
        jdbc.sql("""
                SELECT i.code, COALESCE(o.code, co.code) FROM indicators i
                LEFT JOIN objectives o ON o.id = i.objective_id
                LEFT JOIN csfs c ON c.id = i.csf_id LEFT JOIN objectives co ON co.id = c.objective_id""")
                .query(rs -> {
                    if (rs.getString(2) != null) {
                        objectiveOf.put(rs.getString(1), rs.getString(2));
                    }
                });
        List<Period> periods = new ArrayList<>();
        for (PeriodRef period : range.runPeriods()) {
            Map<String, List<BigDecimal>> byObjective = achievements(period.run(), range, objectiveOf);
            periods.add(new Period(period.code(), period.kind(), period.run(), perspectives(objectives, byObjective)));
        }
        return periods;
    }

    private Map<String, List<BigDecimal>> achievements(long run, ReportRange.Resolved range, Map<String, String> objectiveOf) {
        Visibility.Condition visible = scope.visibility().condition("rr.employee_id", "rr.unit_id");
        Map<String, List<BigDecimal>> byObjective = new HashMap<>();
        jdbc.sql("SELECT rr.details FROM run_results rr WHERE rr.run_id = :run AND rr.unit_id IN (:units) AND " + visible.sql())
                .param("run", run).param("units", range.unitIds()).params(visible.params())
                .query(rs -> {
                    JsonNode achievements = json.readTree(rs.getString(1)).path("achievements");
                    for (JsonNode a : achievements) {
                        String objective = objectiveOf.get(a.path("indicator").asString(""));
                        if (objective != null && a.hasNonNull("achievement")) {
                            byObjective.computeIfAbsent(objective, k -> new ArrayList<>()).add(a.get("achievement").decimalValue());
                        }
                    }
                });
        return byObjective;
    }

    private static List<Perspective> perspectives(List<MapObjective> objectives, Map<String, List<BigDecimal>> byObjective) {
        Map<String, List<MapObjective>> grouped = new LinkedHashMap<>();
        objectives.forEach(o -> grouped.computeIfAbsent(o.perspective(), k -> new ArrayList<>()).add(o));
        List<Perspective> perspectives = new ArrayList<>();
        grouped.forEach((code, list) -> {
            List<BigDecimal> all = new ArrayList<>();
            List<Objective> rows = new ArrayList<>();
            for (MapObjective o : list) {
                List<BigDecimal> values = byObjective.getOrDefault(o.code(), List.of());
                all.addAll(values);
                rows.add(new Objective(o.code(), o.name(), values.size(), mean(values)));
            }
            perspectives.add(new Perspective(code, list.get(0).perspectiveName(), all.size(), mean(all), rows));
        });
        return perspectives;
    }

    static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
