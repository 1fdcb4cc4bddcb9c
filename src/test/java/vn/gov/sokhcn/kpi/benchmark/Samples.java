package vn.gov.sokhcn.kpi.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Elapsed times of repeated runs, in nanoseconds, read back in milliseconds. */
final class Samples {
    private final List<Long> nanos = new ArrayList<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int count() {
        return nanos.size();
    }

    double bestMs() {
        return ms(Collections.min(nanos));
    }

    double medianMs() {
        return percentileMs(50);
    }

    /** Nearest-rank percentile: the smallest sample with at least {@code p}% of the samples at or below it. */
    double percentileMs(double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return ms(sorted.get(Math.max(0, rank - 1)));
    }

    double maxMs() {
        return ms(Collections.max(nanos));
    }

    List<Double> allMs() {
        return nanos.stream().map(Samples::ms).toList();
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
