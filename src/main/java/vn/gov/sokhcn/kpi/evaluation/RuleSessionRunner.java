package vn.gov.sokhcn.kpi.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;

/**
 * Runs one evaluation: a fresh session of the given rule set, every fact inserted, the rules fired
 * until nothing more follows, and the derived facts read back. A stateful session is used (and
 * disposed) only because the derived facts are read after firing.
 */
@Component
public class RuleSessionRunner {

    public SessionOutcome run(CompiledRuleSet ruleSet, Facts facts) {
        Explanations explain = ruleSet.newExplanations();
        KieSession session = ruleSet.newSession(explain);
        try {
            session.insert(facts.period());
            facts.units().forEach(session::insert);
            facts.employees().forEach(session::insert);
            facts.assignments().forEach(session::insert);
            facts.quotaExemptions().forEach(session::insert);
            session.fireAllRules();
            return new SessionOutcome(ruleSet, explain, List.copyOf(session.getObjects()));
        } finally {
            session.dispose();
        }
    }

    /** What a session derived, by type. */
    public record SessionOutcome(CompiledRuleSet ruleSet, Explanations explanations, Collection<?> facts) {

        public <T> List<T> all(Class<T> type) {
            List<T> result = new ArrayList<>();
            for (Object o : facts) {
                if (type.isInstance(o)) {
                    result.add(type.cast(o));
                }
            }
            return result;
        }
    }
}
