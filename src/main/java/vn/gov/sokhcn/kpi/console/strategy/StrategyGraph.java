package vn.gov.sokhcn.kpi.console.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.console.shared.Charts;
import vn.gov.sokhcn.kpi.console.shared.StrategyModel;

/**
 * The strategy map as an ECharts graph: a row per perspective (its name on the left), its objectives
 * along the row, each objective's KPIs in a small row under it; cause→effect links between objectives
 * as arrows, KPIs tied to their objective by thin lines. Tooltips are plain text (a line break is "\n"):
 * console.js draws them as rich text, so a name is never read as HTML.
 */
@Component
class StrategyGraph {
    private static final int ROW = 220;
    private static final int KPI_GAP = 56;
    private final Charts charts;

    StrategyGraph(Charts charts) {
        this.charts = charts;
    }

    String json(StrategyModel.Snapshot map, StrategyStatus status) {
        List<Object> nodes = new ArrayList<>();
        List<Object> links = new ArrayList<>();
        int row = 0;
        for (StrategyModel.Perspective p : map.perspectives()) {
            int y = row++ * ROW;
            Map<String, Object> perspective = node("P:" + p.code(), p.name(), -170, y + 40, "#e6f0eb", 1, p.name(),
                    Map.of("show", true, "position", "inside", "width", 130, "overflow", "break", "fontWeight", "bold",
                            "color", "#1f2933", "lineHeight", 16));
            perspective.put("symbol", "roundRect");
            perspective.put("symbolSize", List.of(150, 120));
            nodes.add(perspective);
            int x = 0;
            for (StrategyModel.Objective o : p.objectives()) {
                int kpis = Math.max(o.indicators().size(), 1);
                int width = kpis * KPI_GAP;
                int centre = x + width / 2;
                String state = status.ofObjective(o);
                nodes.add(node(o.code(), o.code(), centre, y, status.colour(state), 46,
                        o.code() + " — " + o.name() + "\n" + status.label(state) + percent(status.meanOfObjective(o)),
                        Map.of("show", true, "color", "#fff", "fontWeight", "bold")));
                int k = 0;
                for (StrategyModel.Indicator i : o.indicators()) {
                    String s = status.ofKpi(i.code());
                    nodes.add(node(i.code(), i.code(), x + KPI_GAP / 2 + k++ * KPI_GAP, y + 80, status.colour(s), 18,
                            i.code() + " (" + i.kind() + ") — " + i.name() + "\n" + status.label(s) + percent(status.meanOfKpi(i.code())),
                            Map.of("show", true, "position", "bottom", "fontSize", 10)));
                    links.add(Map.of("source", o.code(), "target", i.code(), "symbol", List.of("none", "none"),
                            "lineStyle", Map.of("color", "#cbd2d9", "width", 1, "curveness", 0)));
                }
                x += width + 40;
            }
        }
        for (StrategyModel.Link l : map.links()) {
            links.add(Map.of("source", l.cause(), "target", l.effect(),
                    "lineStyle", Map.of("color", "#0b6e4f", "width", 2, "curveness", 0.2)));
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "graph");
        series.put("layout", "none");
        series.put("roam", true);
        series.put("edgeSymbol", List.of("none", "arrow"));
        series.put("edgeSymbolSize", 10);
        series.put("data", nodes);
        series.put("links", links);
        series.put("emphasis", Map.of("focus", "adjacency"));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item", "confine", true));
        option.put("series", List.of(series));
        return charts.json(option);
    }

    private static Map<String, Object> node(String id, String name, int x, int y, String colour, int size, String tip,
                                            Map<String, Object> label) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("name", name);
        node.put("x", x);
        node.put("y", y);
        node.put("symbolSize", size);
        node.put("itemStyle", Map.of("color", colour, "borderColor", "#ffffff"));
        node.put("label", label);
        node.put("tooltip", Map.of("formatter", tip));
        return node;
    }

    private static String percent(BigDecimal mean) {
        return mean == null ? "" : " — mức đạt bình quân " + mean + "%";
    }
}
