package vn.gov.sokhcn.kpi.console.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.cycle.CycleView;
import vn.gov.sokhcn.kpi.console.shared.Charts;

/**
 * A cycle's progress as an ECharts option: a horizontal bar per unit, stacked by the step its people stand
 * at (the counts of the cycle's view, so only the people the reader may see), for console.js to draw.
 */
@Component
class ProgressChart {
    private static final Map<AppraisalStep, String> COLOURS = Map.of(
            AppraisalStep.SELF_ASSESSMENT, "#9aa5b1", AppraisalStep.UNIT_REVIEW, "#f0b429",
            AppraisalStep.DECISION, "#e8833a", AppraisalStep.DECIDED, "#3f9c6b", AppraisalStep.PUBLISHED, "#0b6e4f",
            AppraisalStep.COMPLAINED, "#b42318", AppraisalStep.RESOLVED, "#2d6cdf");

    private final Charts charts;

    ProgressChart(Charts charts) {
        this.charts = charts;
    }

    String of(CycleView cycle) {
        List<String> units = cycle.units().stream().map(u -> u.name() + " (" + u.unit() + ")").toList();
        List<Object> series = new ArrayList<>();
        for (AppraisalStep step : AppraisalStep.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", step.label());
            one.put("type", "bar");
            one.put("stack", "steps");
            one.put("itemStyle", Map.of("color", COLOURS.get(step)));
            one.put("data", cycle.units().stream().map(u -> u.counts().getOrDefault(step.name(), 0L)).toList());
            series.add(one);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 56, "bottom", 24, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "name", "Số người", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "data", units, "inverse", true));
        option.put("series", series);
        return charts.json(option);
    }
}
