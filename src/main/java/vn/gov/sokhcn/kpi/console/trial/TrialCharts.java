package vn.gov.sokhcn.kpi.console.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.console.shared.Labels;
import vn.gov.sokhcn.kpi.trial.TrialComparison;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** The ECharts options of a trial's page, as JSON for the layout's chart contract (console.js). */
@Component
class TrialCharts {
    private static final List<String> RATINGS = Rating.CODES_BEST_FIRST;
    private static final String[] COLOURS = {"#0b6e4f", "#3b82f6", "#f59e0b", "#b42318", "#9aa5b1"};

    private final JsonMapper json;

    TrialCharts(JsonMapper json) {
        this.json = json;
    }

    /** Per unit and period: the ratings before and after, as two stacked bars side by side. */
    String units(TrialComparison t) {
        List<String> categories = t.units().stream().map(u -> u.unit() + " · " + u.period()).toList();
        List<Object> series = new ArrayList<>();
        for (String side : new String[] {"before", "after"}) {
            for (int i = 0; i < RATINGS.size(); i++) {
                String rating = RATINGS.get(i);
                List<Integer> data = t.units().stream()
                        .map(u -> (side.equals("before") ? u.before() : u.after()).getOrDefault(rating, 0)).toList();
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", Labels.shortName(rating) + (side.equals("before") ? " (trước)" : " (sau)"));
                s.put("type", "bar");
                s.put("stack", side);
                s.put("data", data);
                s.put("itemStyle", Map.of("color", COLOURS[i], "opacity", side.equals("before") ? 0.55 : 1));
                series.add(s);
            }
        }
        return option("Phân bố xếp loại theo đơn vị: trước (nhạt) và sau (đậm)", categories, series);
    }

    /** Per period: how many were rated higher and lower under the candidate. */
    String moves(TrialComparison t) {
        Map<String, int[]> byPeriod = new TreeMap<>();
        t.periods().forEach(p -> byPeriod.put(p, new int[2]));
        t.movedUp().forEach(m -> byPeriod.computeIfAbsent(m.period(), p -> new int[2])[0]++);
        t.movedDown().forEach(m -> byPeriod.computeIfAbsent(m.period(), p -> new int[2])[1]++);
        List<Object> series = List.of(
                Map.of("name", "Xếp loại cao hơn", "type", "bar", "data", byPeriod.values().stream().map(c -> c[0]).toList(),
                        "itemStyle", Map.of("color", "#0b6e4f")),
                Map.of("name", "Xếp loại thấp hơn", "type", "bar", "data", byPeriod.values().stream().map(c -> c[1]).toList(),
                        "itemStyle", Map.of("color", "#b42318")));
        return option("Số người thay đổi xếp loại theo kỳ", new ArrayList<>(byPeriod.keySet()), series);
    }

    private String option(String title, List<String> categories, List<Object> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 24, "type", "scroll"));
        option.put("grid", Map.of("top", 70, "left", 40, "right", 20, "bottom", 40));
        option.put("xAxis", Map.of("type", "category", "data", categories));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", series);
        return json.writeValueAsString(option);
    }
}
