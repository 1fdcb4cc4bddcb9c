package vn.gov.sokhcn.kpi.demo;

import java.math.BigDecimal;

/**
 * How a person or a unit performs in a month ({@code demo/profiles.csv}): the share of each target
 * reached (a factor, 1 = exactly the target), in 2026 and in the pilot, with the assignments from
 * {@code shortFrom} on (a number, or {@code last}) reaching only {@code shortFactor}; and a person's
 * general-criteria points.
 */
record DemoProfile(String code, double factor, double pilotFactor, String shortFrom, double shortFactor,
                   boolean shortInPilotOnly, BigDecimal politics, BigDecimal ethics, BigDecimal style, BigDecimal discipline) {

    static DemoProfile of(DemoRow r) {
        return new DemoProfile(r.text("profile"), Double.parseDouble(r.text("factor")), Double.parseDouble(r.text("pilot_factor")),
                r.optional("short_from"), r.optional("short_factor") == null ? 1 : Double.parseDouble(r.text("short_factor")),
                r.flag("short_in_pilot_only"), r.decimal("politics"), r.decimal("ethics"), r.decimal("style"), r.decimal("discipline"));
    }

    /** The factor of the {@code index}-th of {@code count} assignments of a holder in a month. */
    double factor(boolean pilot, double jitter, int index, int count) {
        boolean shortHere = shortFrom != null && (pilot || !shortInPilotOnly)
                && index >= (shortFrom.equals("last") ? count - 1 : Integer.parseInt(shortFrom));
        if (shortHere) {
            return shortFactor;
        }
        return (pilot ? pilotFactor : factor) + jitter;
    }
}
