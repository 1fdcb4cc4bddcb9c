package vn.gov.sokhcn.kpi.evaluation.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as Vietnamese readers write them in explanations: a decimal comma, at most 2 decimals. */
public final class Numbers {
    private Numbers() {
    }

    public static String vi(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', ',');
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

    /**
     * Drops binary floating-point noise (0.9 * 70 = 63.00000000000001) so that a score that is
     * exactly on a band's edge in decimal lands on the band's edge.
     */
    public static double clean(double value) {
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).doubleValue();
    }
}
