package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects the data rows of the decision tables. The row rules have no conditions: they fire once
 * when the rule set is built, into a collecting instance, and in every evaluation session into a
 * discarding one; evaluations use the rows collected at build time.
 */
public class PolicyRows {
    private final Function<Rule, String> sourceOfRule;
    private final List<PolicyRow> rows;

    private PolicyRows(Function<Rule, String> sourceOfRule, List<PolicyRow> rows) {
        this.sourceOfRule = sourceOfRule;
        this.rows = rows;
    }

    public static PolicyRows collecting(Function<Rule, String> sourceOfRule) {
        return new PolicyRows(sourceOfRule, new ArrayList<>());
    }

    public static PolicyRows discarding() {
        return new PolicyRows(rule -> null, null);
    }

    /** Called first by each row rule: records the row and the cell it comes from. */
    public <T extends PolicyRow> T add(RuleContext drools, T row) {
        if (rows != null) {
            row.setSource(sourceOfRule.apply(drools.getRule()));
            row.setOrder(rows.size());
            rows.add(row);
        }
        return row;
    }

    /** The rows of a list in the order of their tables, for explanations that read like the table. */
    public static List<Object> inTableOrder(List<?> rows) {
        List<Object> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt(r -> ((PolicyRow) r).getOrder()));
        return sorted;
    }

    public List<PolicyRow> all() {
        return Collections.unmodifiableList(rows);
    }
}
