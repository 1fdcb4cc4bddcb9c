package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * An indicator given to a person or a unit, with its result. {@code key} is unique within one
 * evaluation; counts are used by the TASKS polarity only.
 */
public record AssignmentFact(String key, String holder, boolean unitHolder, String indicatorCode,
                             String indicatorName, String kind, String polarity, double target,
                             double weight, Double actual, Double threshold, Double stretch,
                             TaskCounts tasks) {

    public double actualValue() {
        return actual == null ? 0 : actual;
    }
}
