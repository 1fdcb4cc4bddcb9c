package vn.gov.sokhcn.kpi.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.Achievement;
import vn.gov.sokhcn.kpi.evaluation.facts.EmployeeFact;
import vn.gov.sokhcn.kpi.evaluation.facts.FinalRating;
import vn.gov.sokhcn.kpi.evaluation.facts.InputProblem;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaGroup;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaMove;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaTie;
import vn.gov.sokhcn.kpi.evaluation.facts.Regime;
import vn.gov.sokhcn.kpi.evaluation.facts.TotalScore;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitMember;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitRating;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitResult;
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
    /** Facts of a period kept once per outcome, whichever session derived them. */
    private static final Set<Class<?>> PERIOD_WIDE = Set.of(Regime.class);
    /**
     * The derived facts that results, runs and trials read; only these are read back, class by
     * class, because a large evaluation leaves hundreds of thousands of facts, most of them steps.
     */
    private static final List<Class<?>> READ_BACK = List.of(InputProblem.class, Regime.class, TotalScore.class,
            FinalRating.class, QuotaTie.class, Achievement.class, UnitResult.class, UnitRating.class, QuotaGroup.class,
            QuotaMove.class);

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
            return SessionOutcome.of(ruleSet, explain, session);
        } finally {
            session.dispose();
        }
    }

    /** What a session derived that is read afterwards ({@link #READ_BACK}), by type. */
    public record SessionOutcome(RuleBase ruleSet, Explanations explanations, Map<Class<?>, List<Object>> factsByClass) {

        static SessionOutcome of(RuleBase ruleSet, Explanations explanations, KieSession session) {
            Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
            for (Class<?> type : READ_BACK) {
                byClass.put(type, new ArrayList<>(session.getObjects(new ClassObjectFilter(type))));
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

        /** Every fact of a type read back, in the order the session holds them. */
        public <T> List<T> all(Class<T> type) {
            List<Object> facts = factsByClass.get(type);
            if (facts == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " is not read back from a session: add it to READ_BACK");
            }
            return facts.stream().map(type::cast).toList();
        }
    }
}
