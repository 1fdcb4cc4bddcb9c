package vn.gov.sokhcn.kpi.console.trial;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.ruleset.version.PendingApprovalException;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.trial.TrialComparison;
import vn.gov.sokhcn.kpi.trial.TrialRequest;
import vn.gov.sokhcn.kpi.trial.TrialService;

/**
 * The console's trials (ADMIN, HR, EXPERT by the URL rules): {@code /trials} lists the trials and runs a new
 * one from a form (errors shown on the form), {@code /trials/{id}} shows one with its charts and tables.
 */
@Controller
@RequestMapping("/trials")
class TrialPageController {
    private final TrialService trials;
    private final TrialChoices choices;
    private final TrialCharts charts;

    TrialPageController(TrialService trials, TrialChoices choices, TrialCharts charts) {
        this.trials = trials;
        this.choices = choices;
        this.charts = charts;
    }

    @GetMapping
    String list(Model model) {
        return form(model, null, List.of(), List.of());
    }

    @PostMapping
    String run(@RequestParam(name = "candidate", required = false) Integer candidate,
               @RequestParam(name = "periods", required = false) List<String> periods, Model model,
               HttpServletResponse response) {
        List<String> chosen = periods == null ? List.of() : periods;
        try {
            TrialComparison done = trials.run(new TrialRequest(candidate, chosen.isEmpty() ? null : chosen));
            return "redirect:/trials/" + done.id();
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, candidate, chosen, e.problems().stream().map(p -> label(p.field()) + ": " + p.message()).toList());
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return form(model, candidate, chosen, List.of(e.getMessage()));
        } catch (ConflictException | PendingApprovalException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, candidate, chosen, List.of(e.getMessage()));
        }
    }

    @GetMapping("/{id}")
    String one(@PathVariable long id, Model model) {
        TrialComparison t = trials.comparison(id);
        model.addAttribute("t", t);
        model.addAttribute("changed", t.people().stream().filter(TrialComparison.Person::changed).toList());
        model.addAttribute("unitsChart", charts.units(t));
        model.addAttribute("movesChart", charts.moves(t));
        return "trials/trial";
    }

    private String form(Model model, Integer candidate, List<String> periods, List<String> errors) {
        model.addAttribute("trials", trials.all());
        model.addAttribute("candidates", choices.candidates());
        model.addAttribute("periods", choices.periods());
        model.addAttribute("chosenCandidate", candidate);
        model.addAttribute("chosenPeriods", periods);
        model.addAttribute("errors", errors);
        return "trials/list";
    }

    /** A JSON path of the API as the form names it. */
    private static String label(String field) {
        if (field.startsWith("$.candidate")) {
            return "Phiên bản thử nghiệm";
        }
        if (field.startsWith("$.periods")) {
            return "Kỳ đánh giá";
        }
        return field;
    }
}
