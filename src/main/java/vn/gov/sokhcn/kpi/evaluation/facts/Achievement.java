package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * The achievement of one assignment in percent after threshold, stretch, floor and cap.
 * {@code onTimeAndQuality} is what leaders' caps count as "on time and at quality".
 */
public record Achievement(String key, String holder, boolean unitHolder, String indicatorCode,
                          double weight, double percent, boolean completed, boolean exceeded,
                          boolean onTimeAndQuality) {
}
