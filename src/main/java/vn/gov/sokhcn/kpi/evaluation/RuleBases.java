package vn.gov.sokhcn.kpi.evaluation;

import java.time.LocalDate;

/**
 * The rule sets in force, as evaluation sees them (implemented by {@code ruleset.version.ActiveRuleSet};
 * an interface for the reason given on {@link RuleBase}).
 */
public interface RuleBases {

    /** The version in force for a period starting on this date (null: the default version). */
    RuleBase forPeriod(LocalDate start);
}
