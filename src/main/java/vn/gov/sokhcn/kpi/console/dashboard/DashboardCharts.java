package vn.gov.sokhcn.kpi.console.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.console.shared.Attainment;
import vn.gov.sokhcn.kpi.console.shared.Charts;
import vn.gov.sokhcn.kpi.console.shared.Labels;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods.OfficialPeriod;
import vn.gov.sokhcn.kpi.console.shared.PersonResult;
import vn.gov.sokhcn.kpi.console.shared.StoredResults;
import vn.gov.sokhcn.kpi.console.shared.StrategyModel;

/** The dashboard's charts as ECharts options (JSON), with the figures they draw kept for the page's tables. */
@Component
class DashboardCharts {
    private final Charts charts;
    private final Attainment attainment;
    private final StrategyModel strategy;
    private final OfficialPeriods periods;
    private final StoredResults results;

    DashboardCharts(Charts charts, Attainment attainment, StrategyModel strategy, OfficialPeriods periods,
                    StoredResults results) {
        this.charts = charts;
        this.attainment = attainment;
        this.strategy = strategy;
        this.periods = periods;
        this.results = results;
    }

    /** A chart's option and the rows of the table beside it; {@code title} where the chart needs one. */
    public record Chart(String json, List<Row> rows, String title) {
        Chart(String json, List<Row> rows) {
            this(json, rows, null);
        }
    }

    /** A row of a chart's table: a label and its values, in the chart's order. */
    public record Row(String label, List<Object> values) {
    }

    Chart distribution(List<PersonResult> people) {
        Map<String, String> units = new LinkedHashMap<>();
        people.stream().sorted(java.util.Comparator.comparing(PersonResult::unitId))
                .forEach(p -> units.putIfAbsent(p.unitCode(), p.unitName()));
        List<Object> series = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        units.forEach((code, name) -> rows.add(new Row(code + " — " + name, new ArrayList<>())));
        for (String rating : Labels.RATINGS) {
            List<Object> counts = new ArrayList<>();
            int i = 0;
            for (String unit : units.keySet()) {
                long n = people.stream().filter(p -> p.unitCode().equals(unit) && rating.equals(p.rating())).count();
                counts.add(n);
                rows.get(i++).values().add(n);
            }
            series.add(Map.of("name", Labels.shortName(rating), "type", "bar", "stack", "total", "data", counts, "barMaxWidth", 48,
                    "itemStyle", Map.of("color", Labels.colour(rating))));
        }
        Map<String, Object> option = base("Số người");
        option.put("xAxis", Map.of("type", "category", "data", List.copyOf(units.keySet()),
                "axisLabel", Map.of("interval", 0, "rotate", 30)));
        option.put("series", series);
        return new Chart(charts.json(option), rows);
    }

    Chart attainment(OfficialPeriod period) {
        Map<String, Attainment.Kpi> kpis = attainment.of(period);
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (StrategyModel.Perspective p : strategy.read().perspectives()) {
            List<Attainment.Kpi> in = p.indicators().stream().map(i -> kpis.get(i.code())).filter(k -> k != null).toList();
            var mean = Attainment.meanOf(in);
            names.add(p.name());
            values.add(mean);
            rows.add(new Row(p.name(), List.of(in.size(), mean == null ? "—" : mean + "%")));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 56, "top", 28, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "{value}%")));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", names,
                "axisLabel", Map.of("width", 100, "overflow", "break", "lineHeight", 14, "align", "right")));
        Map<String, Object> bar = new LinkedHashMap<>(Map.of("name", "Mức đạt bình quân", "type", "bar", "data", values, "barMaxWidth", 40,
                "itemStyle", Map.of("color", "#0b6e4f"), "label", Map.of("show", true, "position", "right", "formatter", "{c}%")));
        attainment.level(period.ruleSetVersion()).ifPresent(level -> bar.put("markLine", Map.of("symbol", "none",
                "data", List.of(Map.of("xAxis", level.completedAt(), "name", "Mức hoàn thành")),
                "lineStyle", Map.of("color", "#b42318", "type", "dashed"),
                "label", Map.of("formatter", "Hoàn thành {c}%", "position", "end", "color", "#b42318"))));
        option.put("series", List.of(bar));
        return new Chart(charts.json(option), rows);
    }

    /** The share of each rating over the months of the chosen period's year and regime (pilot or regular). */
    Chart trend(OfficialPeriod chosen) {
        List<OfficialPeriod> months = periods.monthsLike(chosen);
        String title = "Xu hướng qua các tháng " + (periods.pilot(chosen) ? "thí điểm " : "") + "năm " + chosen.start().getYear();
        List<Row> rows = new ArrayList<>();
        List<List<Object>> shares = new ArrayList<>();
        Labels.RATINGS.forEach(r -> shares.add(new ArrayList<>()));
        for (OfficialPeriod month : months) {
            List<PersonResult> people = results.people(month.runId());
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < Labels.RATINGS.size(); i++) {
                String rating = Labels.RATINGS.get(i);
                var share = Figures.share((int) people.stream().filter(p -> rating.equals(p.rating())).count(), people.size());
                shares.get(i).add(share);
                values.add(share == null ? "—" : share + "%");
            }
            rows.add(new Row(month.code(), values));
        }
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < Labels.RATINGS.size(); i++) {
            series.add(Map.of("name", Labels.shortName(Labels.RATINGS.get(i)), "type", "line", "data", shares.get(i),
                    "itemStyle", Map.of("color", Labels.colour(Labels.RATINGS.get(i)))));
        }
        Map<String, Object> option = base("Tỷ lệ (%)");
        option.put("xAxis", Map.of("type", "category", "data", months.stream().map(OfficialPeriod::code).toList()));
        option.put("series", series);
        return new Chart(months.isEmpty() ? null : charts.json(option), rows, title);
    }

    private static Map<String, Object> base(String yName) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 48, "bottom", 8, "containLabel", true));
        option.put("yAxis", Map.of("type", "value", "name", yName, "minInterval", 1));
        return option;
    }
}
