package vn.gov.sokhcn.kpi.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The machine the figures were measured on, as the README's table names it: CPU model, cores, RAM, load. */
    static void machine() {
        System.out.printf(Locale.ROOT, "MACHINE: %s, %d cores, %s RAM, load average %.1f%n", procLine("/proc/cpuinfo", "model name"),
                Runtime.getRuntime().availableProcessors(), gigabytes(procLine("/proc/meminfo", "MemTotal")),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** "24683772 kB" as "23.5 GB". */
    private static String gigabytes(String memTotal) {
        return memTotal.endsWith(" kB")
                ? String.format(Locale.ROOT, "%.1f GB", Long.parseLong(memTotal.replace(" kB", "")) / (1024.0 * 1024))
                : memTotal;
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown"; // not Linux
        }
    }

    private static String line(String name, double value, String unit) {
        return "FIGURE " + name + ": " + number(value) + " " + unit;
    }

    private static String number(double value) {
        return value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
