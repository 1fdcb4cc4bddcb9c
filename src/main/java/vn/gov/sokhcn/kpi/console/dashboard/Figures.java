package vn.gov.sokhcn.kpi.console.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.gov.sokhcn.kpi.console.shared.PersonResult;

/** The short figures of a period: people evaluated, people rated, HTXSNV and HTTNV-or-better shares, mean score. */
public record Figures(int evaluated, int rated, int excellent, BigDecimal excellentShare, BigDecimal goodOrBetterShare,
               BigDecimal meanScore) {

    static Figures of(List<PersonResult> people) {
        List<PersonResult> rated = people.stream().filter(p -> !"NOT_RATED".equals(p.rating())).toList();
        int excellent = (int) rated.stream().filter(p -> "HTXSNV".equals(p.rating())).count();
        int good = (int) rated.stream().filter(p -> "HTXSNV".equals(p.rating()) || "HTTNV".equals(p.rating())).count();
        List<BigDecimal> scores = rated.stream().map(PersonResult::score).filter(s -> s != null).toList();
        BigDecimal mean = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
        return new Figures(people.size(), rated.size(), excellent, share(excellent, rated.size()),
                share(good, rated.size()), mean);
    }

    static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }
}
