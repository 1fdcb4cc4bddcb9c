package vn.gov.sokhcn.kpi.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The reasons of sessions run side by side on separate agencies, as one: people and units are
     * each in one session; the period's reasons are those of the first session, then those of the
     * others that the first did not say (the regime is said by every session, an agency's exemption
     * only by its own, once per task group).
     */
    public static Explanations merged(List<Explanations> parts) {
        Explanations all = new Explanations(parts.get(0).sourceOfRule);
        Set<Reason> first = new HashSet<>(parts.get(0).period);
        for (Explanations part : parts) {
            all.employees.putAll(part.employees);
            all.units.putAll(part.units);
            part.period.stream().filter(r -> part == parts.get(0) || !first.contains(r)).forEach(all.period::add);
        }
        return all;
    }

    public List<Reason> ofEmployee(String id) {
        return employees.getOrDefault(id, List.of());
    }

    public List<Reason> ofUnit(String code) {
        return units.getOrDefault(code, List.of());
    }

    /**
     * The period's reasons rule by rule, in the order each rule first spoke, and each rule's own in
     * the order of their text: an agency's exemption is said when its quota group forms, which the
     * agenda orders differently in one session and in several, so the order is fixed here.
     */
    public List<Reason> ofPeriod() {
        Map<String, List<Reason>> byRule = new LinkedHashMap<>();
        period.forEach(r -> byRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r));
        List<Reason> ordered = new ArrayList<>(period.size());
        byRule.values().forEach(reasons -> reasons.stream().sorted(Comparator.comparing(Reason::message)).forEach(ordered::add));
        return ordered;
    }
}
