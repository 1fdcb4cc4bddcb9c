package vn.gov.sokhcn.kpi.evaluation.facts;

/** A unit's result in one month (or quarter) of a quarter or year evaluated as a roll-up. */
public record UnitMonthResult(String unitCode, String period, double score, double completedPercent,
                              double exceededPercent, double onTimeAndQualityPercent) {
}
