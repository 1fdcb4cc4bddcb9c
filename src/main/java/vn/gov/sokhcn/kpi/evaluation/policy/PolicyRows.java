package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects the data rows of the decision tables. The row rules have no conditions: they fire once,
 * when the rule set is built, into a collecting instance; the build then freezes the rows and
 * takes the row rules out of the KieBase, so evaluation sessions get the frozen rows as facts and
 * never build a row again.
 */
public class PolicyRows {
    private final Function<Rule, String> sourceOfRule;
    private final List<PolicyRow> rows;
    private final Set<Rule> rules = new LinkedHashSet<>();

    private PolicyRows(Function<Rule, String> sourceOfRule, List<PolicyRow> rows) {
        this.sourceOfRule = sourceOfRule;
        this.rows = rows;
    }

    public static PolicyRows collecting(Function<Rule, String> sourceOfRule) {
        return new PolicyRows(sourceOfRule, new ArrayList<>());
    }

    /**
     * For evaluation sessions, where no row rule is left: a table rule with conditions (which did
     * not fire at build time) would land here, and its row is not kept, as it was not at build time.
     */
    public static PolicyRows discarding() {
        return new PolicyRows(rule -> null, null);
    }

    /** Called first by each row rule: records the row, the cell it comes from and the rule. */
    public <T extends PolicyRow> T add(RuleContext drools, T row) {
        if (rows != null) {
            row.setSource(sourceOfRule.apply(drools.getRule()));
            row.setOrder(rows.size());
            rows.add(row);
            rules.add(drools.getRule());
        }
        return row;
    }

    /** The rows of a list in the order of their tables, for explanations that read like the table. */
    public static List<Object> inTableOrder(List<?> rows) {
        List<Object> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(r -> ((PolicyRow) r).getOrder()));
        return sorted;
    }

    /** The rows collected so far, not yet frozen: the build reads their problems. */
    public List<PolicyRow> all() {
        return List.copyOf(rows);
    }

    /** Ends the build: every row is frozen, and the list of them is immutable. */
    public List<PolicyRow> freeze() {
        rows.forEach(PolicyRow::freeze);
        return List.copyOf(rows);
    }

    /** The rules that built a row, to be taken out of the KieBase once the rows are frozen. */
    public Set<Rule> rowRules() {
        return Set.copyOf(rules);
    }
}
