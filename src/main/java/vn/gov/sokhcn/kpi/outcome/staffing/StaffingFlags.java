package vn.gov.sokhcn.kpi.outcome.staffing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.security.Scope;

/** The staffing flags of a year for the people the user may see, decided by the outcome rules. */
@Component
public class StaffingFlags {
    private final AnnualRatings ratings;
    private final OutcomeRules rules;
    private final Scope scope;

    StaffingFlags(AnnualRatings ratings, OutcomeRules rules, Scope scope) {
        this.ratings = ratings;
        this.rules = rules;
        this.scope = scope;
    }

    public record YearRating(int year, String rating, String ratingLabel) {
    }

    public record FlagView(String employee, String name, String unit, String flag, String flagLabel, List<YearRating> years,
                    List<Reason> reasons) {
    }

    public List<FlagView> of(int year) {
        int span = rules.rows(StaffingRow.class).stream().mapToInt(StaffingRow::getYears).max().orElse(1);
        Map<String, AnnualRatings.Rated> people = new LinkedHashMap<>();
        List<Object> facts = new ArrayList<>();
        facts.add(new StaffingYear(year));
        for (AnnualRatings.Rated rated : ratings.between(year - span + 1, year, scope.visibility())) {
            people.put(rated.employee(), rated);
            facts.add(rated.rating());
        }
        return OutcomeRules.only(rules.run(facts), ChosenFlag.class).stream()
                .map(ChosenFlag::flag)
                .map(f -> view(people.get(f.employee()), f))
                .sorted(Comparator.comparing((FlagView v) -> priority(v)).thenComparing(FlagView::employee))
                .toList();
    }

    private int priority(FlagView view) {
        return rules.rows(StaffingRow.class).stream().filter(r -> r.getFlag().equals(view.flag()))
                .mapToInt(StaffingRow::getPriority).min().orElse(Integer.MAX_VALUE);
    }

    private static FlagView view(AnnualRatings.Rated person, StaffingFlag flag) {
        List<YearRating> years = flag.years().stream().sorted(Comparator.comparingInt(AnnualRating::year))
                .map(a -> new YearRating(a.year(), a.rating().name(), a.rating().label())).toList();
        return new FlagView(person.employee(), person.name(), person.unit(), flag.row().getFlag(),
                flag.row().getFlagLabel(), years, List.of(flag.reason()));
    }
}
