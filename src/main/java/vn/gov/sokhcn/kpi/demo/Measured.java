package vn.gov.sokhcn.kpi.demo;

import java.math.BigDecimal;

/** The figures of one measurement: an actual value, or the counts of task-count work. */
record Measured(BigDecimal actual, BigDecimal assigned, BigDecimal done, BigDecimal atQuality, BigDecimal onTime,
                BigDecimal late, BigDecimal failedMajorError, boolean objectiveCause, String note) {

    static Measured value(double actual) {
        return new Measured(BigDecimal.valueOf(actual).stripTrailingZeros(), null, null, null, null, null, null, false, null);
    }

    static Measured tasks(double assigned, double done, double atQuality, double onTime, double late, double failed,
                          boolean objectiveCause, String note) {
        return new Measured(null, BigDecimal.valueOf(assigned), BigDecimal.valueOf(done), BigDecimal.valueOf(atQuality),
                BigDecimal.valueOf(onTime), BigDecimal.valueOf(late), BigDecimal.valueOf(failed), objectiveCause, note);
    }

    /** A measurement entered by hand in {@code demo/measurement-overrides.csv}. */
    static Measured of(DemoRow r) {
        return new Measured(r.decimal("actual"), r.decimal("tasks_assigned"), r.decimal("tasks_done"),
                r.decimal("tasks_at_quality"), r.decimal("tasks_on_time"), r.decimal("tasks_late"),
                r.decimal("tasks_failed_major_error"), r.flag("objective_cause"), r.optional("note"));
    }
}
