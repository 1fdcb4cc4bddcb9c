package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.Scope;

/**
 * What of a result the signed-in user may read: HR, experts, admins and unit heads see the proposal
 * and the decision (published or not); a member of staff sees a period's result only once a cycle
 * covering it is published (their latest decision is published). A period with no cycle at all stays
 * hidden from staff: under the procedure a rating is a decision, and a proposal is not one.
 */
@Component
class ShownResults {
    private final DecisionLookup decisions;
    private final Scope scope;

    ShownResults(DecisionLookup decisions, Scope scope) {
        this.decisions = decisions;
        this.scope = scope;
    }

    /** The rule for one period's results. */
    Shown ofPeriod(long periodId) {
        return new Shown(decisions.ofPeriod(periodId), staff());
    }

    /** The rule for one person's periods, keyed by period id. */
    Shown ofEmployee(long employeeId) {
        return new Shown(decisions.ofEmployee(employeeId), staff());
    }

    private boolean staff() {
        return scope.visibility().employeeId() != null;
    }

    /** Decisions by key (employee or period id) and whether the viewer is staff. */
    record Shown(Map<Long, Decision> decided, boolean staff) {
        Decision decision(long key) {
            return decided.get(key);
        }

        boolean hidden(long key) {
            Decision decision = decided.get(key);
            return staff && (decision == null || !decision.published());
        }

        RunResultView apply(long employeeId, RunResultView view) {
            return hidden(employeeId) ? view.unpublished() : view.decided(decision(employeeId));
        }
    }
}
