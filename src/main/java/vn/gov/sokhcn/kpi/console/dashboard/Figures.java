package vn.gov.sokhcn.kpi.console.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.gov.sokhcn.kpi.console.shared.PersonResult;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** The short figures of a period: people evaluated, people rated, HTXSNV and HTTNV-or-better shares, mean score. */
public record Figures(int evaluated, int rated, int excellent, BigDecimal excellentShare, BigDecimal goodOrBetterShare,
               BigDecimal meanScore) {

    static Figures of(List<PersonResult> people) {
        List<PersonResult> rated = people.stream().filter(p -> ratingOf(p) != Rating.NOT_RATED).toList();
        int excellent = (int) rated.stream().filter(p -> ratingOf(p) == Rating.HTXSNV).count();
        int good = (int) rated.stream().filter(p -> ratingOf(p) != null && ratingOf(p).isAtLeast(Rating.HTTNV)).count();
        List<BigDecimal> scores = rated.stream().map(PersonResult::score).filter(s -> s != null).toList();
        BigDecimal mean = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
        return new Figures(people.size(), rated.size(), excellent, share(excellent, rated.size()),
                share(good, rated.size()), mean);
    }

    /** The stored code as a rating; null for a code that is none (counted as rated, as before). */
    private static Rating ratingOf(PersonResult p) {
        return p.rating() != null && Rating.CODES_BEST_FIRST.contains(p.rating()) ? Rating.valueOf(p.rating()) : null;
    }

    static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }
}
