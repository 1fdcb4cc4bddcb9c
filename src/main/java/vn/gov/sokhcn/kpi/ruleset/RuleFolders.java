package vn.gov.sokhcn.kpi.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rule files are: {@code kpi.rules.dir} and {@code kpi.decision-tables.dir}, relative
 * to the working directory unless absolute. When a folder is missing, the copy inside the jar is used.
 */
@ConfigurationProperties(prefix = "kpi")
public record RuleFolders(Dir rules, Dir decisionTables) {

    public record Dir(String dir) {
    }

    public RuleFolders {
        rules = rules == null || rules.dir() == null ? new Dir("rules") : rules;
        decisionTables = decisionTables == null || decisionTables.dir() == null ? new Dir("decision-tables") : decisionTables;
    }
}
