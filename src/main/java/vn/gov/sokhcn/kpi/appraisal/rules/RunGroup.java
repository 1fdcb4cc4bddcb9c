package vn.gov.sokhcn.kpi.appraisal.rules;

import java.util.Map;
import java.util.Set;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;

/**
 * What the decision check needs of a run besides the decided ratings: its rule set, the start of its
 * period (which regime, so whether the quota applies), the agencies with an approved quota exemption,
 * each unit's targets as the run scored them ({@code null} shares: the unit had no targets), and the
 * units at or below each unit.
 */
record RunGroup(CompiledRuleSet ruleSet, String periodStart, Set<String> exemptAgencies, Map<String, UnitTargets> units,
                Map<String, Set<String>> unitsWithBelow) {

    /** A unit's shares of its targets completed, exceeded, and on time at quality, in percent. */
    record UnitTargets(double completed, double exceeded, double onTimeQuality) {
    }
}
