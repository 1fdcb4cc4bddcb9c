package vn.gov.sokhcn.kpi.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * The figures of one benchmark run and the summary block printed at the end: {@code wall} and
 * {@code cpu} are the large request's runs, {@code small} the one-person request's.
 */
record BenchmarkReport(int people, int units, int smallWarmups, int requestBytes, int responseBytes,
                       Samples wall, Samples cpu, Samples summaryWall, int summaryBytes, Samples small, Completeness check,
                       Map<String, StageBreakdown.Timing> stages, long poolPeaks, long sampledPeak, String collections) {
    private static final double BIG_TARGET_MS = 3_500;
    private static final double SUMMARY_TARGET_MS = 1_500;
    private static final double SMALL_TARGET_MS = 20;

    String summary(long startupMs, double loadBefore) {
        double median = wall.medianMs();
        double smallMedian = small.medianMs();
        StringBuilder s = new StringBuilder("\n");
        s.append("==================== KPI evaluation benchmark ====================\n");
        s.append(String.format("JVM              : %s, %d CPUs, max heap %s, args %s%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), HeapMeter.mb(HeapMeter.maxHeap()),
                ManagementFactory.getRuntimeMXBean().getInputArguments()));
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        s.append(String.format("Load average     : %.1f before start, %.1f at the end%s%n", loadBefore, loadAfter,
                Math.max(loadBefore, loadAfter) > Runtime.getRuntime().availableProcessors()
                        ? " (more than the CPUs: other work shared them, wall times are inflated)" : ""));
        s.append(String.format("Startup          : %,d ms (Spring context + rule set compile)%n", startupMs));
        s.append(String.format("Large request    : %,d people × 10 assignments, %,d units; request %,d KB, response %,d KB%n",
                people, units, requestBytes / 1024, responseBytes / 1024));
        s.append(String.format("  runs (ms)      : %s%n", joined(wall)));
        s.append(String.format("  process CPU    : %s ms per run%n", joined(cpu)));
        s.append(String.format("  best / median  : %.0f / %.0f ms   (target < %.0f ms: %s)%n", wall.bestMs(), median,
                BIG_TARGET_MS, median < BIG_TARGET_MS ? "MET" : "MISSED"));
        s.append(String.format("  throughput     : %,.0f people evaluated per second (median run)%n", people / (median / 1000)));
        s.append(String.format("  complete       : %s%n", check));
        s.append(String.format("  ?detail=summary: runs %s ms; median %.0f ms (target < %.0f ms: %s); response %,d KB%n", joined(summaryWall),
                summaryWall.medianMs(), SUMMARY_TARGET_MS, summaryWall.medianMs() < SUMMARY_TARGET_MS ? "MET" : "MISSED", summaryBytes / 1024));
        s.append(String.format("One-person req.  : %d runs after %d warm-ups%n", small.count(), smallWarmups));
        s.append(String.format("  median / p95   : %.2f / %.2f ms, max %.2f ms   (target median < %.0f ms: %s)%n", smallMedian,
                small.percentileMs(95), small.maxMs(), SMALL_TARGET_MS, smallMedian < SMALL_TARGET_MS ? "MET" : "MISSED"));
        s.append(String.format("  throughput     : %,.0f evaluations per second, one client, one request at a time%n", 1000 / smallMedian));
        s.append(String.format("Peak heap        : %s sampled total, %s sum of pool peaks (during the large runs)%n",
                HeapMeter.mb(sampledPeak), HeapMeter.mb(poolPeaks)));
        s.append(String.format("Garbage collector: %s during the %d large runs%n", collections, wall.count()));
        s.append("Stages of the large request (in process, best of 3):   wall ms     CPU ms\n");
        double wallSum = 0;
        double cpuSum = 0;
        for (var stage : stages.entrySet()) {
            s.append(String.format("  %-34s %,19.0f %,10.0f%n", stage.getKey(), stage.getValue().wallMs(), stage.getValue().cpuMs()));
            wallSum += stage.getValue().wallMs();
            cpuSum += stage.getValue().cpuMs();
        }
        s.append(String.format("  %-34s %,19.0f %,10.0f%n", "sum", wallSum, cpuSum));
        s.append("==================================================================\n");
        return s.toString();
    }

    /** The figures of the README's Performance table that this benchmark measures, in {@link Figure}'s format. */
    void printFigures() {
        Figure.machine();
        Figure.below("on-demand-" + people + "x10-full-median", wall.medianMs(), "ms", 3_500);
        Figure.info("on-demand-" + people + "x10-throughput", people / (wall.medianMs() / 1000), "people/s");
        Figure.below("on-demand-" + people + "x10-summary-median", summaryWall.medianMs(), "ms", SUMMARY_TARGET_MS);
        Figure.below("on-demand-one-person-1-client-median", small.medianMs(), "ms", 10);
        Figure.below("on-demand-one-person-1-client-p99", small.percentileMs(99), "ms", 30);
        Figure.info("on-demand-peak-heap", sampledPeak / (1024.0 * 1024), "MB");
    }

    private static String joined(Samples samples) {
        return String.join(", ", samples.allMs().stream().map(ms -> String.format("%.0f", ms)).toList());
    }
}


