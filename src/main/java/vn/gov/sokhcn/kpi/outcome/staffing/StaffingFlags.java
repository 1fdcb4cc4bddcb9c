package vn.gov.sokhcn.kpi.outcome.staffing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.decided.CountedRating;
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

    /**
     * A year's rating as the flag used it: the one that counts ({@code ratingSource} DECISION: the competent person's
     * latest decision; RUN: the run's, no cycle decided it yet), the run's proposal beside it, and a note saying which.
     */
    public record YearRating(int year, String rating, String ratingLabel, String proposedRating, String ratingSource,
                             String note) {
    }

    public record FlagView(String employee, String name, String unit, String flag, String flagLabel, List<YearRating> years,
                    List<Reason> reasons) {
    }

    public List<FlagView> of(int year) {
        int span = rules.rows(StaffingRow.class).stream().mapToInt(StaffingRow::getYears).max().orElse(1);
        Map<String, AnnualRatings.Rated> people = new LinkedHashMap<>();
        Map<String, CountedRating> counted = new HashMap<>();
        List<Object> facts = new ArrayList<>();
        facts.add(new StaffingYear(year));
        boolean staffViewer = scope.visibility().employeeId() != null;
        for (AnnualRatings.Rated rated : ratings.between(year - span + 1, year, scope.visibility())) {
            if (staffViewer && !rated.counted().published()) {
                continue; // a member of staff reads only published years, and what follows from them
            }
            people.put(rated.employee(), rated);
            counted.put(rated.employee() + "/" + rated.rating().year(), rated.counted());
            facts.add(rated.rating());
        }
        return OutcomeRules.only(rules.run(facts), ChosenFlag.class).stream()
                .map(ChosenFlag::flag)
                .map(f -> view(people.get(f.employee()), f, counted))
                .sorted(Comparator.comparing((FlagView v) -> priority(v)).thenComparing(FlagView::employee))
                .toList();
    }

    private int priority(FlagView view) {
        return rules.rows(StaffingRow.class).stream().filter(r -> r.getFlag().equals(view.flag()))
                .mapToInt(StaffingRow::getPriority).min().orElse(Integer.MAX_VALUE);
    }

    /** The flag with its years; the rule's reason is completed with where each year's rating comes from. */
    private static FlagView view(AnnualRatings.Rated person, StaffingFlag flag, Map<String, CountedRating> counted) {
        List<YearRating> years = flag.years().stream().sorted(Comparator.comparingInt(AnnualRating::year))
                .map(a -> {
                    CountedRating c = counted.get(a.employee() + "/" + a.year());
                    return new YearRating(a.year(), a.rating().name(), a.rating().label(), c.proposed().name(),
                            c.source().name(), c.note());
                }).toList();
        Reason rule = flag.reason();
        String sources = years.stream().map(y -> "năm " + y.year() + " " + y.note()).collect(Collectors.joining("; "));
        Reason reason = new Reason(rule.rule(), rule.source(), rule.message() + " Xếp loại cả năm: " + sources + ".");
        return new FlagView(person.employee(), person.name(), person.unit(), flag.row().getFlag(),
                flag.row().getFlagLabel(), years, List.of(reason));
    }
}
