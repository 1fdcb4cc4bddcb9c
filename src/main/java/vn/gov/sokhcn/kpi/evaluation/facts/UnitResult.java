package vn.gov.sokhcn.kpi.evaluation.facts;

/** The weighted achievement of a unit's own assignments and the shares leaders' caps look at. */
public record UnitResult(String unitCode, int assignments, double score, double completedShare,
                         double exceededShare, double onTimeQualityShare) {
}
