package vn.gov.sokhcn.kpi.trial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.run.StoredPeriod;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusScenarios;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusScenarios.AgencySplit;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.trial.TrialComparison.BonusAgency;
import vn.gov.sokhcn.kpi.trial.TrialComparison.BonusPeriod;
import vn.gov.sokhcn.kpi.trial.TrialComparison.BonusSide;

/**
 * The bonus effect of a trial for one period: the fund of the period's year of every agency concerned,
 * shared under the ratings before with the bonus table of the version in force for the year, and under
 * the ratings after with the candidate's own bonus table. The bonus is annual: a YEAR period's ratings
 * are its own; a month's or quarter's ratings stand in for the year's, as {@code basis} says.
 */
@Component
class TrialBonus {
    private final BonusScenarios scenarios;
    private final ActiveRuleSet active;

    TrialBonus(BonusScenarios scenarios, ActiveRuleSet active) {
        this.scenarios = scenarios;
        this.active = active;
    }

    /** The period's effect and each person's share before and after (by employee code). */
    record Effect(BonusPeriod period, Map<String, Long> before, Map<String, Long> after) {
    }

    Effect of(StoredPeriod period, TrialSides.Side before, TrialSides.Side after, CompiledRuleSet candidate) {
        int year = period.start().getYear();
        List<AgencySplit> b = scenarios.split(year, ratings(before), active.forPeriod(LocalDate.of(year, 1, 1)));
        List<AgencySplit> a = scenarios.split(year, ratings(after), candidate);
        List<BonusAgency> agencies = new ArrayList<>();
        Map<String, Long> sharesBefore = new HashMap<>();
        Map<String, Long> sharesAfter = new HashMap<>();
        for (AgencySplit sb : b) {
            AgencySplit sa = a.stream().filter(x -> x.agency().equals(sb.agency())).findFirst().orElseThrow();
            agencies.add(new BonusAgency(sb.agency(), sb.agencyName(), side(sb), side(sa)));
            sharesBefore.putAll(sb.shares());
            sharesAfter.putAll(sa.shares());
        }
        return new Effect(new BonusPeriod(period.code(), year, basis(period, year), agencies), sharesBefore, sharesAfter);
    }

    private static Map<String, Rating> ratings(TrialSides.Side side) {
        Map<String, Rating> ratings = new HashMap<>();
        side.people().forEach((code, e) -> ratings.put(code, Rating.valueOf(e.rating())));
        return ratings;
    }

    private static BonusSide side(AgencySplit s) {
        long total = s.shares().values().stream().mapToLong(Long::longValue).sum();
        return new BonusSide(s.version(), s.policy(), s.fund(), s.fundSource(), total, s.remainder());
    }

    static String basis(StoredPeriod period, int year) {
        return switch (period.kind()) {
            case YEAR -> "Quỹ thưởng năm " + year + " chia theo xếp loại của kỳ năm " + period.code() + ".";
            case QUARTER, MONTH -> "Thưởng tính theo năm: quỹ thưởng năm " + year + " được chia theo xếp loại của kỳ "
                    + (period.kind() == vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind.MONTH ? "tháng " : "quý ")
                    + period.code() + " thay cho xếp loại năm (chỉ để so sánh); số tháng công tác tính trong cả năm " + year + ".";
        };
    }
}
