package vn.gov.sokhcn.kpi.kpi;

import java.math.BigDecimal;

/** Stored decimals shown as written: 95, not 95.0000. */
public final class Numbers {
    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
