package vn.gov.sokhcn.kpi.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;

/**
 * The global every deciding rule writes its reason to, in firing order; one instance per
 * evaluation. A reason decided by a decision-table row points at that row, any other at the rule.
 */
public class Explanations {
    private final Function<Rule, String> sourceOfRule;
    private final Map<String, List<Reason>> employees = new HashMap<>();
    private final Map<String, List<Reason>> units = new HashMap<>();
    private final List<Reason> period = new ArrayList<>();

    public Explanations(Function<Rule, String> sourceOfRule) {
        this.sourceOfRule = sourceOfRule;
    }

    public void employee(RuleContext drools, String id, String message) {
        employees.computeIfAbsent(id, k -> new ArrayList<>()).add(reason(drools, null, message));
    }

    public void employee(RuleContext drools, String id, PolicyRow row, String message) {
        employees.computeIfAbsent(id, k -> new ArrayList<>()).add(reason(drools, row, message));
    }

    public void unit(RuleContext drools, String code, String message) {
        units.computeIfAbsent(code, k -> new ArrayList<>()).add(reason(drools, null, message));
    }

    public void unit(RuleContext drools, String code, PolicyRow row, String message) {
        units.computeIfAbsent(code, k -> new ArrayList<>()).add(reason(drools, row, message));
    }

    public void period(RuleContext drools, PolicyRow row, String message) {
        period.add(reason(drools, row, message));
    }

    private Reason reason(RuleContext drools, PolicyRow row, String message) {
        Rule rule = drools.getRule();
        String source = row != null ? row.getSource() : sourceOfRule.apply(rule);
        return new Reason(rule.getName(), source, message);
    }

    public List<Reason> ofEmployee(String id) {
        return employees.getOrDefault(id, List.of());
    }

    public List<Reason> ofUnit(String code) {
        return units.getOrDefault(code, List.of());
    }

    public List<Reason> ofPeriod() {
        return period;
    }
}
