package vn.gov.sokhcn.kpi.appraisal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.policy.CapRow;
import vn.gov.sokhcn.kpi.evaluation.policy.Numbers;
import vn.gov.sokhcn.kpi.organisation.Leadership;

/**
 * The leader caps of decision-tables/lanh-dao.drl.xlsx on decided ratings, as rules/rating/leaders.drl
 * applies them to proposals: a leader's rating may not exceed what their unit's targets (from the run)
 * and the ratings of the people under them (those of the leader's unit and the units below with a lower
 * leadership; not NOT_RATED) allow. Each row that forbids a decided rating is a breach, at its
 * «Xếp loại tối đa» cell.
 */
final class LeaderCapCheck {
    static final String CAP_COLUMN = "Xếp loại tối đa";

    private LeaderCapCheck() {
    }

    static List<RuleBreach> check(RunGroup run, List<DecidedRating> ratings, Long focus) {
        List<CapRow> rows = inTableOrder(QuotaCheck.rows(run, CapRow.class));
        List<RuleBreach> breaches = new ArrayList<>();
        for (DecidedRating leader : ratings) {
            if (leader.leadership() == Leadership.NONE || leader.rating() == Rating.NOT_RATED) {
                continue;
            }
            List<DecidedRating> under = under(run, ratings, leader);
            for (CapRow row : rows) {
                Double value = value(run, leader, under, row, null);
                if (value == null || !row.hits(value) || !row.getRating().isBelow(leader.rating())) {
                    continue;
                }
                if (focus != null && focus != leader.employeeId() && !lowers(run, leader, under, row, focus)) {
                    continue;
                }
                breaches.add(new RuleBreach(leader.employeeCode(), message(leader, row, value, under.size()),
                        run.ruleSet().cellOf(row, CAP_COLUMN)));
            }
        }
        return breaches;
    }

    /** Whether the focus person's rating makes the row hit: rated HTXSNV, they would not. */
    private static boolean lowers(RunGroup run, DecidedRating leader, List<DecidedRating> under, CapRow row, long focus) {
        if (under.stream().noneMatch(r -> r.employeeId() == focus)) {
            return false;
        }
        Double best = value(run, leader, under, row, focus);
        return best != null && !row.hits(best);
    }

    /** The row's measure for this leader; null when the row does not apply. {@code best}: that person counted as HTXSNV. */
    private static Double value(RunGroup run, DecidedRating leader, List<DecidedRating> under, CapRow row, Long best) {
        switch (row.getScope()) {
            case "UNIT" -> {
                RunGroup.UnitTargets unit = run.units().get(leader.unitCode());
                if (unit == null) {
                    return null; // the unit had no targets of its own: no cap by its results, as in leaders.drl
                }
                return switch (row.getMeasure()) {
                    case "COMPLETED_SHARE" -> unit.completed();
                    case "EXCEEDED_SHARE" -> unit.exceeded();
                    default -> unit.onTimeQuality();
                };
            }
            case "SUBORDINATES" -> {
                if (under.isEmpty()) {
                    return null;
                }
                Rating atLeast = row.getMeasure().equals("SHARE_AT_LEAST_HTNV") ? Rating.HTNV : Rating.HTTNV;
                int rated = 0;
                int count = 0;
                for (DecidedRating r : under) {
                    Rating rating = best != null && r.employeeId() == best ? Rating.HTXSNV : r.rating();
                    if (rating != Rating.NOT_RATED) {
                        rated++;
                        count += rating.isAtLeast(atLeast) ? 1 : 0;
                    }
                }
                return rated == 0 ? 100 : Numbers.clean(count * 100.0 / rated);
            }
            default -> {
                return null; // PILOT rows are the 2023 pilot's conditions, not a leader's cap
            }
        }
    }

    private static List<DecidedRating> under(RunGroup run, List<DecidedRating> ratings, DecidedRating leader) {
        Set<String> units = run.unitsWithBelow().getOrDefault(leader.unitCode(), Set.of(leader.unitCode()));
        return ratings.stream().filter(r -> r.leadership().ordinal() < leader.leadership().ordinal()
                && units.contains(r.unitCode())).toList();
    }

    private static String message(DecidedRating leader, CapRow row, double value, int under) {
        String what = switch (row.getMeasure()) {
            case "COMPLETED_SHARE" -> "tỷ lệ chỉ tiêu của đơn vị " + leader.unitCode() + " hoàn thành";
            case "EXCEEDED_SHARE" -> "tỷ lệ chỉ tiêu của đơn vị " + leader.unitCode() + " vượt";
            case "ON_TIME_QUALITY_SHARE" -> "tỷ lệ chỉ tiêu của đơn vị " + leader.unitCode() + " đúng hạn, đạt chất lượng";
            case "SHARE_AT_LEAST_HTNV" -> "theo các xếp loại quyết định, tỷ lệ người dưới quyền từ HTNV trở lên (trong "
                    + under + " người)";
            default -> "theo các xếp loại quyết định, tỷ lệ người dưới quyền từ HTTNV trở lên (trong " + under + " người)";
        };
        return "Lãnh đạo: " + what + " là " + Numbers.vi(value) + "%, " + row.conditionText() + "% nên xếp loại tối đa "
                + row.getRating().display() + "; không thể quyết định " + leader.rating().display() + ".";
    }

    private static List<CapRow> inTableOrder(List<CapRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt(CapRow::getOrder)).toList();
    }
}
