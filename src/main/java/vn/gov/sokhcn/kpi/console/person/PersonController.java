package vn.gov.sokhcn.kpi.console.person;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.sokhcn.kpi.console.person.PersonPages.PeriodRow;

/**
 * A person's page: their result in each period, and for one period the score broken down (task results,
 * general criteria, each assignment's achievement), the rating and the reasons linked to the cell or line
 * of the rule set version that decided them. Staff see only themselves, unit heads their units' people.
 */
@Controller
class PersonController {
    private final PersonPages pages;

    PersonController(PersonPages pages) {
        this.pages = pages;
    }

    @GetMapping("/people/{code}")
    String person(@PathVariable String code, @RequestParam(required = false) String period, Model model) {
        PersonPages.Person person = pages.person(code);
        List<PeriodRow> periods = pages.periods(person);
        model.addAttribute("person", person);
        model.addAttribute("periods", periods);
        Optional<PeriodRow> chosen = periods.stream().filter(p -> p.period().code().equals(period)).findFirst()
                .or(() -> periods.stream().findFirst());
        model.addAttribute("chosen", chosen.orElse(null));
        chosen.filter(p -> !p.unpublished()).ifPresent(p -> {
            model.addAttribute("result", p.result());
            model.addAttribute("criteria", pages.criteria(person, p.period().code()).orElse(null));
            model.addAttribute("achievements", pages.achievements(p.result()));
            model.addAttribute("chart", pages.chart(p.result()));
            model.addAttribute("reasons", pages.reasons(p));
        });
        return "person/index";
    }
}
