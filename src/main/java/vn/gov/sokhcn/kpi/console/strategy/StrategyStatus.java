package vn.gov.sokhcn.kpi.console.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.console.shared.Attainment;
import vn.gov.sokhcn.kpi.console.shared.StrategyModel;

/**
 * The colour of each KPI and objective: a KPI is «DAT» (green) when every assignment of it reached the
 * rule set's completed level, «MOT_PHAN» (amber) when some did, «CHUA_DAT» (red) when none did, and
 * «KHONG_CO» (grey) without data; an objective is green when all its KPIs with data are, red when all are
 * red, amber otherwise.
 */
public record StrategyStatus(Map<String, Attainment.Kpi> kpis) {
    public static final Map<String, String> COLOURS = Map.of("DAT", "#2e8b57", "MOT_PHAN", "#e0a100",
            "CHUA_DAT", "#c0392b", "KHONG_CO", "#9aa5b1");
    public static final Map<String, String> LABELS = Map.of("DAT", "Đạt", "MOT_PHAN", "Đạt một phần",
            "CHUA_DAT", "Chưa đạt", "KHONG_CO", "Chưa có số liệu");

    public String ofKpi(String code) {
        Attainment.Kpi kpi = kpis.get(code);
        return kpi == null ? "KHONG_CO" : kpi.status();
    }

    public BigDecimal meanOfKpi(String code) {
        Attainment.Kpi kpi = kpis.get(code);
        return kpi == null ? null : kpi.mean();
    }

    public Attainment.Kpi kpi(String code) {
        return kpis.get(code);
    }

    public String ofObjective(StrategyModel.Objective objective) {
        List<String> states = objective.indicators().stream().map(i -> ofKpi(i.code()))
                .filter(s -> !s.equals("KHONG_CO")).toList();
        if (states.isEmpty()) {
            return "KHONG_CO";
        }
        if (states.stream().allMatch("DAT"::equals)) {
            return "DAT";
        }
        return states.stream().allMatch("CHUA_DAT"::equals) ? "CHUA_DAT" : "MOT_PHAN";
    }

    public BigDecimal meanOfObjective(StrategyModel.Objective objective) {
        return Attainment.meanOf(objective.indicators().stream().map(i -> kpis.get(i.code())).filter(k -> k != null).toList());
    }

    public String colour(String state) {
        return COLOURS.get(state);
    }

    public String label(String state) {
        return LABELS.get(state);
    }
}
