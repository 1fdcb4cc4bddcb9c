package vn.gov.sokhcn.kpi.evaluation;

import java.time.LocalDate;

/**
 * The rule sets in force, as evaluation sees them (implemented by {@code ruleset.version.ActiveRuleSet};
 * an interface for the reason given on {@link RuleBase}).
 */
public interface RuleBases {

    /** The version in force for a period starting on this date (null: the default version). */
    RuleBase forPeriod(LocalDate start);

    /**
     * As {@link #forPeriod}, but of the versions ACTIVE in the database at this moment, not of what this instance
     * has put in force so far: an official run must not start on a version another instance has just retired.
     */
    RuleBase inForceNow(LocalDate start);
}
