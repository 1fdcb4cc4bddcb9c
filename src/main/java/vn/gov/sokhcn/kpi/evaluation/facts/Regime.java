package vn.gov.sokhcn.kpi.evaluation.facts;

/** The regime in force for the period, chosen by the regime table from the period's start date. */
public record Regime(String code, String label, boolean quota, boolean pilotConditions,
                     boolean deputyComponent, String source) {
}
