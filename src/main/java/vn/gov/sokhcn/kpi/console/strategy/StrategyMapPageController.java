package vn.gov.sokhcn.kpi.console.strategy;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.sokhcn.kpi.console.shared.Attainment;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods.OfficialPeriod;
import vn.gov.sokhcn.kpi.console.shared.StrategyModel;

/** The strategy map: perspectives → objectives → KPIs, coloured by attainment in a period, cause→effect arrows. */
@Controller
class StrategyMapPageController {
    private final OfficialPeriods periods;
    private final StrategyModel strategy;
    private final Attainment attainment;
    private final StrategyGraph graph;

    StrategyMapPageController(OfficialPeriods periods, StrategyModel strategy, Attainment attainment, StrategyGraph graph) {
        this.periods = periods;
        this.strategy = strategy;
        this.attainment = attainment;
        this.graph = graph;
    }

    @GetMapping("/strategy-map")
    String map(@RequestParam(required = false) String period, Model model) {
        Optional<OfficialPeriod> chosen = periods.chosen(period);
        Map<String, Attainment.Kpi> kpis = chosen.map(attainment::of).orElse(Map.of());
        StrategyModel.Snapshot snapshot = strategy.read();
        StrategyStatus status = new StrategyStatus(kpis);
        model.addAttribute("periods", periods.all());
        model.addAttribute("period", chosen.orElse(null));
        model.addAttribute("map", snapshot);
        model.addAttribute("status", status);
        model.addAttribute("level", chosen.flatMap(p -> attainment.level(p.ruleSetVersion())).orElse(null));
        model.addAttribute("graph", snapshot.perspectives().isEmpty() ? null : graph.json(snapshot, status));
        return "strategy/index";
    }
}
