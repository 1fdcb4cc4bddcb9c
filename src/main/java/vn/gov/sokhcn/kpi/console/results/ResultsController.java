package vn.gov.sokhcn.kpi.console.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.sokhcn.kpi.console.shared.Labels;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods.OfficialPeriod;
import vn.gov.sokhcn.kpi.console.shared.PersonResult;
import vn.gov.sokhcn.kpi.console.shared.StoredResults;
import vn.gov.sokhcn.kpi.organisation.UnitTree;
import vn.gov.sokhcn.kpi.organisation.UnitTrees;

/**
 * The people's results of a period (its latest completed run), filtered by unit (with the units below
 * it), rating and staff type, and always by whom the signed-in user may see.
 */
@Controller
class ResultsController {
    private final OfficialPeriods periods;
    private final StoredResults results;
    private final UnitTrees units;

    ResultsController(OfficialPeriods periods, StoredResults results, UnitTrees units) {
        this.periods = periods;
        this.results = results;
        this.units = units;
    }

    @GetMapping("/results")
    String results(@RequestParam(required = false) String period, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) String rating, @RequestParam(required = false) String staffType,
                   Model model) {
        model.addAttribute("periods", periods.all());
        UnitTree tree = units.load();
        model.addAttribute("units", tree.all());
        model.addAttribute("ratings", Labels.RATINGS);
        model.addAttribute("staffTypes", Labels.STAFF_TYPES);
        model.addAttribute("unit", blank(unit));
        model.addAttribute("rating", blank(rating));
        model.addAttribute("staffType", blank(staffType));
        Optional<OfficialPeriod> chosen = periods.chosen(period);
        model.addAttribute("period", chosen.orElse(null));
        chosen.ifPresent(p -> {
            Set<String> inUnits = blank(unit) == null ? null : tree.codesWithBelow(unit);
            List<PersonResult> shown = results.people(p.runId()).stream()
                    .filter(r -> inUnits == null || inUnits.contains(r.unitCode()))
                    .filter(r -> blank(rating) == null || r.rating().equals(rating))
                    .filter(r -> blank(staffType) == null || staffType.equals(r.staffType()))
                    .toList();
            Map<String, Long> counts = new LinkedHashMap<>();
            Labels.RATINGS.forEach(code -> counts.put(code, shown.stream().filter(r -> r.rating().equals(code)).count()));
            model.addAttribute("rows", shown);
            model.addAttribute("counts", counts);
        });
        return "results/index";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
