package vn.gov.sokhcn.kpi.ruleset;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/** Where each rule of a build is written: a DRL line, or the first cell of a decision-table row. */
public final class SourceIndex {
    private final Map<String, String> sources = new HashMap<>();

    public void put(String packageName, String ruleName, String source) {
        sources.put(key(packageName, ruleName), source);
    }

    public String of(Rule rule) {
        return sources.getOrDefault(key(rule.getPackageName(), rule.getName()), rule.getPackageName() + "." + rule.getName());
    }

    private static String key(String packageName, String ruleName) {
        return packageName + "\u0000" + ruleName;
    }
}
