package vn.gov.sokhcn.kpi.evaluation.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as Vietnamese readers write them in explanations: a decimal comma, at most 2 decimals. */
public final class Numbers {
    private Numbers() {
    }

    /** Below this, a value in hundredths fits a long exactly and the fast paths below are exact. */
    private static final double FAST_LIMIT = 1e9;

    public static String vi(double value) {
        if (Math.abs(value) >= FAST_LIMIT || Double.isNaN(value)) {
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString().replace('.', ',');
        }
        // A large evaluation writes millions of these; BigDecimal is too slow here. The small nudge
        // rounds 1.005 (stored as 1.00499…) half up as its decimal form says, like BigDecimal would;
        // values carry at most 9 decimals (see clean), so it never moves a value that is truly below.
        long hundredths = (long) Math.floor(Math.abs(value) * 100 + 0.5 + 1e-8);
        StringBuilder out = new StringBuilder(12);
        if (value < 0 && hundredths != 0) {
            out.append('-');
        }
        out.append(hundredths / 100);
        long cents = hundredths % 100;
        if (cents != 0) {
            out.append(',').append(cents / 10);
            if (cents % 10 != 0) {
                out.append(cents % 10);
            }
        }
        return out.toString();
    }

    /**
     * Like {@link #vi}, but with every decimal that counts when rounding would make the value read
     * as one of the edges it is compared with: 89,995 must not read as 90 in the sentence that
     * explains why it is below 90.
     */
    public static String against(double value, Double... edges) {
        for (Double edge : edges) {
            if (edge != null && value != edge && vi(value).equals(vi(edge))) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
            }
        }
        return vi(value);
    }

    /** Rounds half up to {@code decimals} as the value's decimal form reads (89,995 → 90,00 with 2). */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(clean(value)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** Every decimal of the value (at most 9, see {@link #clean}), for a sentence that shows a rounding. */
    public static String exact(double value) {
        return BigDecimal.valueOf(clean(value)).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * Drops binary floating-point noise (0.9 × 70 comes out as 63.00000000000001) so that a score that is
     * exactly on a band's edge in decimal lands on the band's edge.
     */
    public static double clean(double value) {
        if (Math.abs(value) < FAST_LIMIT) {
            return Math.rint(value * 1e9) / 1e9;
        }
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).doubleValue();
    }
}
