package vn.gov.sokhcn.kpi.benchmark;

import java.util.Locale;

/**
 * The one line every benchmark prints per figure of the README's Performance table, so that the output of
 * {@code mvn -Pbenchmark -DskipTests verify} can be read (or grepped: {@code grep '^FIGURE'}) in one format:
 * {@code FIGURE <name>: <value> <unit> (target < <target>: MET|MISSED)}, or {@code (no target)}.
 */
final class Figure {
    private Figure() {
    }

    /** A figure that must stay below {@code target}. */
    static void below(String name, double value, String unit, double target) {
        System.out.println(line(name, value, unit) + String.format(Locale.ROOT, " (target < %s: %s)", number(target),
                value < target ? "MET" : "MISSED"));
    }

    /** A figure printed for information (throughput, peak heap). */
    static void info(String name, double value, String unit) {
        System.out.println(line(name, value, unit) + " (no target)");
    }

    private static String line(String name, double value, String unit) {
        return "FIGURE " + name + ": " + number(value) + " " + unit;
    }

    private static String number(double value) {
        return value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
