package vn.gov.sokhcn.kpi.demo;

import java.math.BigDecimal;

/**
 * One assignment to write, with its measurement. {@code holder} is {@code U:code} for a unit and
 * {@code E:code} for a person; {@code cascadedFrom} is the key of the assignment it was cascaded
 * from, or null.
 */
record Planned(DemoMonth month, String holder, DemoIndicator indicator, BigDecimal target, BigDecimal weight,
               BigDecimal threshold, BigDecimal stretch, String cascadedFrom, Measured measured) {

    static String key(String period, String holder, String indicator) {
        return period + "|" + holder + "|" + indicator;
    }

    String key() {
        return key(month.code(), holder, indicator.code());
    }

    boolean unitHolder() {
        return holder.startsWith("U:");
    }

    String holderCode() {
        return holder.substring(2);
    }
}
