package vn.gov.sokhcn.kpi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a factor (the share of a target reached) into the figures a unit would report for an
 * indicator, by its polarity. These are the demo generator's own shapes, not policy: the rules
 * score whatever figures are stored.
 */
final class DemoMeasures {
    /** Percentages move less than counts: a person at 75% of their workload still handles about 90% of files on time. */
    private static final double PERCENT_SENSITIVITY = 0.4;
    /** From this factor on, a count clearly exceeds its target (at least one more than asked). */
    private static final double CLEARLY_EXCEEDED = 1.07;
    /** Below this factor a yes/no task is not done. */
    private static final double YES_NO_DONE = 0.7;

    private DemoMeasures() {
    }

    /** The variation of a holder in a month: 0, 1.5, 3, 4.5 or 6 points of a target, by a fixed formula. */
    static double jitter(int holderNumber, int monthNumber) {
        return ((holderNumber * 7 + monthNumber * 3) % 5) * 0.015;
    }

    static Measured measure(DemoIndicator indicator, BigDecimal target, double f, boolean over) {
        double t = target.doubleValue();
        return switch (indicator.polarity()) {
            case "HIGHER_IS_BETTER" -> Measured.value(indicator.percent()
                    ? (f >= 1 ? t : oneDecimal(t * (1 - (1 - f) * PERCENT_SENSITIVITY)))
                    : f >= CLEARLY_EXCEEDED ? Math.max(t + 1, Math.round(t * f)) : Math.round(t * f));
            case "LOWER_IS_BETTER" -> Measured.value(f >= CLEARLY_EXCEEDED ? Math.max(0, t - 1)
                    : f >= 1 ? t : Math.round(t * (2 - f)));
            case "TARGET_RANGE" -> Measured.value(f >= 1 ? t
                    : oneDecimal(t + (over ? 1 : -1) * t * (1 - f) * PERCENT_SENSITIVITY));
            case "BINARY" -> Measured.value(f >= YES_NO_DONE ? 1 : 0);
            case "TASKS" -> tasks((int) t, f);
            default -> throw new IllegalStateException("Dữ liệu mẫu: chiều chỉ số không rõ «" + indicator.polarity() + "»");
        };
    }

    /** Task-count work: below the target some products are not done, and one of those done was late. */
    private static Measured tasks(int assigned, double f) {
        if (f >= 1) {
            return Measured.tasks(assigned, assigned, assigned, assigned, 0, 0, false, null);
        }
        int done = (int) Math.round(assigned * f);
        int late = done > 0 ? 1 : 0;
        return Measured.tasks(assigned, done, done, done - late, late, 0, false, null);
    }

    private static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
