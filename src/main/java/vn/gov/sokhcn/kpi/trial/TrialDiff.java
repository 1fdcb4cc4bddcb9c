package vn.gov.sokhcn.kpi.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.EmployeeResult;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaGroup;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaMove;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.trial.TrialComparison.Move;
import vn.gov.sokhcn.kpi.trial.TrialComparison.Person;
import vn.gov.sokhcn.kpi.trial.TrialComparison.Side;
import vn.gov.sokhcn.kpi.trial.TrialComparison.UnitDistribution;

/** Compares the two sides of one period: people, units' distributions, moves and the quota's groups. */
final class TrialDiff {
    private TrialDiff() {
    }

    /** What one period adds to the comparison. */
    record Period(List<Person> people, List<UnitDistribution> units, List<Move> up, List<Move> down,
                  List<TrialComparison.QuotaGroup> quota) {
    }

    static Period of(String period, TrialSides.Side before, TrialSides.Side after, Map<String, Long> bonusBefore,
                     Map<String, Long> bonusAfter) {
        List<Person> people = new ArrayList<>();
        List<Move> up = new ArrayList<>();
        List<Move> down = new ArrayList<>();
        Map<String, UnitDistribution> units = new TreeMap<>();
        Set<String> codes = new LinkedHashSet<>(before.people().keySet());
        codes.addAll(after.people().keySet());
        for (String code : codes) {
            EmployeeResult b = before.people().get(code);
            EmployeeResult a = after.people().get(code);
            EmployeeResult any = b != null ? b : a;
            List<Reason> onlyBefore = minus(b, a);
            List<Reason> onlyAfter = minus(a, b);
            Side sb = b == null ? null : new Side(b.score(), b.rating(), bonusBefore.get(code), onlyBefore);
            Side sa = a == null ? null : new Side(a.score(), a.rating(), bonusAfter.get(code), onlyAfter);
            String from = b == null ? null : b.rating();
            String to = a == null ? null : a.rating();
            // Changed: the rating or the score differs (bonus shares move with any change of the agency's ratings).
            boolean changed = !java.util.Objects.equals(from, to) || !sameScore(b, a);
            people.add(new Person(code, any.name(), any.unit(), period, sb, sa, changed));
            if (from != null && to != null && !from.equals(to)) {
                Move move = new Move(code, any.name(), any.unit(), period, from, to);
                (Rating.valueOf(to).isBelow(Rating.valueOf(from)) ? down : up).add(move);
            }
            if (b != null) {
                count(units, b.unit(), period, b.rating(), true);
            }
            if (a != null) {
                count(units, a.unit(), period, a.rating(), false);
            }
        }
        return new Period(people, new ArrayList<>(units.values()), up, down, quota(period, before, after));
    }

    private static boolean sameScore(EmployeeResult b, EmployeeResult a) {
        if (b == null || a == null) {
            return b == a;
        }
        return b.score() == null ? a.score() == null : a.score() != null && b.score().compareTo(a.score()) == 0;
    }

    private static List<Reason> minus(EmployeeResult side, EmployeeResult other) {
        if (side == null) {
            return List.of();
        }
        Set<String> there = new java.util.HashSet<>();
        if (other != null) {
            other.reasons().forEach(r -> there.add(r.rule() + "\u0000" + r.message()));
        }
        return side.reasons().stream().filter(r -> !there.contains(r.rule() + "\u0000" + r.message())).toList();
    }

    private static void count(Map<String, UnitDistribution> units, String unit, String period, String rating, boolean before) {
        UnitDistribution d = units.computeIfAbsent(unit, u -> new UnitDistribution(u, period, empty(), empty()));
        (before ? d.before() : d.after()).merge(rating, 1, Integer::sum);
    }

    /** Every rating, best first, at 0. */
    static Map<String, Integer> empty() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Rating r : new Rating[] {Rating.HTXSNV, Rating.HTTNV, Rating.HTNV, Rating.KHTNV, Rating.NOT_RATED}) {
            counts.put(r.name(), 0);
        }
        return counts;
    }

    private static List<TrialComparison.QuotaGroup> quota(String period, TrialSides.Side before, TrialSides.Side after) {
        Set<QuotaGroup> groups = new LinkedHashSet<>(before.groups());
        groups.addAll(after.groups());
        List<TrialComparison.QuotaGroup> out = new ArrayList<>();
        for (QuotaGroup g : groups) {
            List<String> b = moved(before.moves(), g);
            List<String> a = moved(after.moves(), g);
            out.add(new TrialComparison.QuotaGroup(period, g.agency(), g.taskGroup(), b.size(), a.size(), b, a));
        }
        out.sort(java.util.Comparator.comparing(TrialComparison.QuotaGroup::agency).thenComparing(TrialComparison.QuotaGroup::taskGroup));
        return out;
    }

    private static List<String> moved(List<QuotaMove> moves, QuotaGroup g) {
        return moves.stream().filter(m -> m.agency().equals(g.agency()) && m.taskGroup().equals(g.taskGroup()))
                .map(QuotaMove::employeeId).sorted().toList();
    }
}
