package vn.gov.sokhcn.kpi.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.EmployeeFact;
import vn.gov.sokhcn.kpi.evaluation.facts.PeriodFact;
import vn.gov.sokhcn.kpi.evaluation.facts.Regime;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitMember;
import vn.gov.sokhcn.kpi.system.parallel.OnCallersLoader;

/**
 * Runs one evaluation: a fresh session of the given rule set, every fact inserted, the rules fired
 * until nothing more follows, and the derived facts read back. A stateful session is used (and
 * disposed) only because the derived facts are read after firing. Agencies the rules never join
 * ({@link AgencyPartitions}) get sessions of their own, run in parallel on the available cores and
 * read back as one outcome, the same as a single session's.
 */
@Component
public class RuleSessionRunner {
    /** Facts of a period read back once per outcome, whichever session derived them. */
    private static final Set<Class<?>> PERIOD_WIDE = Set.of(Regime.class, PeriodFact.class);

    public SessionOutcome run(RuleBase ruleSet, Facts facts) {
        List<Facts> parts = AgencyPartitions.split(facts);
        if (parts.size() == 1) {
            return runInOneSession(ruleSet, facts);
        }
        OnCallersLoader loader = OnCallersLoader.capture();
        List<SessionOutcome> outcomes = parts.parallelStream()
                .map(part -> loader.get(() -> runInOneSession(ruleSet, part))).toList();
        return SessionOutcome.merged(ruleSet, outcomes);
    }

    /**
     * The facts split as {@link #run} splits them into sessions: groups of agencies no rule joins, each
     * list in the order given. For callers that evaluate a group at a time (official runs of a province).
     */
    public List<Facts> independentParts(Facts facts) {
        return AgencyPartitions.split(facts);
    }

    /** Every fact in one session, whatever the agencies: the reference the split sessions must equal. */
    public SessionOutcome runInOneSession(RuleBase ruleSet, Facts facts) {
        Explanations explain = ruleSet.newExplanations();
        KieSession session = ruleSet.newSession(explain);
        try {
            session.insert(facts.period());
            facts.units().forEach(session::insert);
            for (EmployeeFact e : facts.employees()) {
                session.insert(e);
                e.unitAncestry().forEach(unit -> session.insert(new UnitMember(unit, e.id(), e.rank())));
            }
            facts.assignments().forEach(session::insert);
            facts.quotaExemptions().forEach(session::insert);
            facts.monthlyScores().forEach(session::insert);
            facts.unitMonths().forEach(session::insert);
            session.fireAllRules();
            return SessionOutcome.of(ruleSet, explain, session.getObjects());
        } finally {
            session.dispose();
        }
    }

    /**
     * What a session derived, by type. The facts are sorted by class once, because a large
     * evaluation leaves hundreds of thousands of them and the results read them type by type.
     */
    public record SessionOutcome(RuleBase ruleSet, Explanations explanations, Map<Class<?>, List<Object>> factsByClass) {

        static SessionOutcome of(RuleBase ruleSet, Explanations explanations, Collection<?> facts) {
            Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
            for (Object o : facts) {
                byClass.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
            }
            return new SessionOutcome(ruleSet, explanations, byClass);
        }

        static SessionOutcome merged(RuleBase ruleSet, List<SessionOutcome> parts) {
            Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
            for (SessionOutcome part : parts) {
                part.factsByClass.forEach((type, list) -> {
                    List<Object> all = byClass.computeIfAbsent(type, k -> new ArrayList<>());
                    list.stream().filter(o -> !PERIOD_WIDE.contains(type) || !all.contains(o)).forEach(all::add);
                });
            }
            return new SessionOutcome(ruleSet, Explanations.merged(parts.stream().map(SessionOutcome::explanations).toList()), byClass);
        }

        /** Every fact that is a {@code type}: class by class, each in the order the session holds them. */
        public <T> List<T> all(Class<T> type) {
            List<T> result = new ArrayList<>();
            factsByClass.forEach((factClass, list) -> {
                if (type.isAssignableFrom(factClass)) {
                    list.forEach(o -> result.add(type.cast(o)));
                }
            });
            return result;
        }
    }
}
