package vn.gov.sokhcn.kpi.console.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.report.SummaryReport;

/**
 * The rating distribution as an ECharts option (a stacked bar per period of the range with a completed
 * run, a series per rating, people of every unit of the report added up), as the JSON the console's chart
 * loader reads.
 */
@Component
class RatingChart {
    static final List<String> RATINGS = Rating.CODES_BEST_FIRST;
    private static final List<String> COLOURS = List.of("#0b6e4f", "#3f9c6b", "#f0b429", "#b42318", "#9aa5b1");

    private final JsonMapper json;

    RatingChart(JsonMapper json) {
        this.json = json;
    }

    String of(SummaryReport report) {
        List<String> periods = report.range().periods().stream().filter(p -> p.run() != null).map(p -> p.code()).toList();
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < RATINGS.size(); i++) {
            String rating = RATINGS.get(i);
            List<Long> data = new ArrayList<>();
            for (String period : periods) {
                data.add(report.ratingDistribution().stream().filter(r -> r.period().equals(period))
                        .mapToLong(r -> r.ratings().getOrDefault(rating, 0L)).sum());
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", Rating.valueOf(rating).label());
            one.put("type", "bar");
            one.put("stack", "ratings");
            one.put("itemStyle", Map.of("color", COLOURS.get(i)));
            one.put("data", data);
            series.add(one);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 16, "top", 48, "bottom", 32));
        option.put("xAxis", Map.of("type", "category", "data", periods));
        option.put("yAxis", Map.of("type", "value", "name", "Số người", "minInterval", 1));
        option.put("series", series);
        return json.writeValueAsString(option).replace("</", "<\\/");
    }
}
