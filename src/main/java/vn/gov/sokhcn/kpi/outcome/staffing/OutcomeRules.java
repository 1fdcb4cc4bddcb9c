package vn.gov.sokhcn.kpi.outcome.staffing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;

/**
 * Runs the outcome rules (DRL package {@code outcome}: staffing flags, training needs) of the active
 * rule set over the given facts, in a session of their own: only rules of that package may fire, so
 * the evaluation rules never run here, and evaluations never insert the facts these rules need.
 */
@Component
public class OutcomeRules {
    static final String PACKAGE = "outcome";

    private final ActiveRuleSet active;

    OutcomeRules(ActiveRuleSet active) {
        this.active = active;
    }

    /** The rows of one kind of the active rule set's decision tables. */
    public <T extends PolicyRow> List<T> rows(Class<T> type) {
        return active.get().rows().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every fact of the session once no rule of package {@code outcome} can fire any more. */
    public List<Object> run(Collection<?> facts) {
        CompiledRuleSet ruleSet = active.get();
        KieSession session = ruleSet.newSession(ruleSet.newExplanations());
        try {
            facts.forEach(session::insert);
            session.fireAllRules(match -> PACKAGE.equals(match.getRule().getPackageName()));
            return new ArrayList<>(session.getObjects());
        } finally {
            session.dispose();
        }
    }

    public static <T> List<T> only(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
