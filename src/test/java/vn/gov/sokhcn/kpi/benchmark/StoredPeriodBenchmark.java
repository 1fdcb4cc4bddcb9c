package vn.gov.sokhcn.kpi.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.KpiApplication;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.run.OfficialRuns;

/**
 * Benchmark of an official run of a stored period (what {@code POST /api/periods/{code}/runs} does,
 * called in process): the synthetic Department of {@link SyntheticOrganisation} stored in a fresh
 * H2 file database under {@code target/benchmark-runs/}, then run several times, each run reading
 * the period, evaluating it and storing every result in one transaction. Run with
 * {@code mvn -Pbenchmark -DskipTests verify} (after the HTTP benchmark) or alone with
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:exec@stored-period-benchmark}.
 */
public final class StoredPeriodBenchmark {
    private static final int PEOPLE = Integer.getInteger("benchmark.people", 10_000);
    private static final int UNITS = Integer.getInteger("benchmark.units", 100);
    private static final int WARMUPS = Integer.getInteger("benchmark.runWarmups", 1);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final double TARGET_MS = 30_000;
    private static final Path DATABASE = Path.of("target", "benchmark-runs");

    private StoredPeriodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        deleteDatabase();
        Map.of("server.port", "0", "spring.datasource.url", "jdbc:h2:file:./" + DATABASE + "/kpi",
                        "logging.level.root", "WARN", "logging.level.vn.gov.sokhcn.kpi.evaluation.run", "INFO")
                .forEach((key, value) -> System.setProperty(key, System.getProperty(key, value)));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KpiApplication.class).run(args);
        try {
            EvaluationRequest request = SyntheticOrganisation.of(UNITS, PEOPLE);
            long t0 = System.nanoTime();
            app.getBean(TransactionTemplate.class).executeWithoutResult(
                    status -> new StoredSyntheticPeriod(app.getBean(JdbcTemplate.class)).write(request));
            log("Stored the synthetic period: %,d people, %,d units, %,d assignments with measurements in %.0f ms",
                    request.employees().size(), request.units().size(), request.assignments().size(),
                    Samples.ms(System.nanoTime() - t0));
            String code = request.period().code();
            OfficialRuns runs = app.getBean(OfficialRuns.class);
            for (int i = 1; i <= WARMUPS; i++) {
                long start = System.nanoTime();
                runs.run(code);
                log("Warm-up run %d: %.0f ms", i, Samples.ms(System.nanoTime() - start));
            }
            Samples wall = new Samples();
            long sampledPeak;
            long lastRun = 0;
            try (HeapMeter heap = HeapMeter.start()) {
                for (int i = 1; i <= RUNS; i++) {
                    long start = System.nanoTime();
                    lastRun = runs.run(code);
                    wall.add(System.nanoTime() - start);
                    log("Run %d (id %d): %.0f ms", i, lastRun, Samples.ms(System.nanoTime() - start));
                }
                sampledPeak = heap.sampledPeak();
            }
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long stored = jdbc.queryForObject("SELECT COUNT(*) FROM run_results WHERE run_id = ?", Long.class, lastRun);
            long detailChars = jdbc.queryForObject("SELECT SUM(CHAR_LENGTH(details)) FROM run_results WHERE run_id = ?", Long.class, lastRun);
            long inputChars = jdbc.queryForObject("SELECT CHAR_LENGTH(inputs) FROM evaluation_runs WHERE id = ?", Long.class, lastRun);
            double median = wall.medianMs();
            StringBuilder s = new StringBuilder("\n================ KPI official run benchmark (stored period) ================\n");
            s.append(String.format("JVM              : %s, %d CPUs, max heap %s, args %s%n", System.getProperty("java.vm.version"),
                    Runtime.getRuntime().availableProcessors(), HeapMeter.mb(HeapMeter.maxHeap()),
                    ManagementFactory.getRuntimeMXBean().getInputArguments()));
            s.append(String.format("Load average     : %.1f before start, %.1f at the end%n", loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            s.append(String.format("Period           : %,d people × 10 assignments, %,d units, H2 file database %s%n",
                    request.employees().size(), request.units().size(), DATABASE));
            s.append(String.format("Stored per run   : %,d results, details %,d KB of JSON, inputs %,d KB of JSON%n", stored,
                    detailChars / 1024, inputChars / 1024));
            s.append(String.format("  runs (ms)      : %s%n", String.join(", ", wall.allMs().stream().map(ms -> String.format("%.0f", ms)).toList())));
            s.append(String.format("  best / median  : %.0f / %.0f ms   (target < %.0f ms: %s)%n", wall.bestMs(), median, TARGET_MS,
                    median < TARGET_MS ? "MET" : "MISSED"));
            s.append(String.format("  throughput     : %,.0f people evaluated and stored per second (median run)%n",
                    request.employees().size() / (median / 1000)));
            s.append("  stages         : read / evaluate / store of each run in the OfficialRuns lines above\n");
            s.append(String.format("Peak heap        : %s sampled during the measured runs%n", HeapMeter.mb(sampledPeak)));
            s.append("===========================================================================\n");
            System.out.println(s);
            Figure.machine();
            Figure.below("official-run-" + request.employees().size() + "x10-h2-median", median, "ms", TARGET_MS);
            Figure.info("official-run-" + request.employees().size() + "x10-h2-peak-heap", sampledPeak / (1024.0 * 1024), "MB");
        } finally {
            app.close();
        }
    }

    private static void deleteDatabase() throws IOException {
        if (Files.exists(DATABASE)) {
            try (Stream<Path> files = Files.walk(DATABASE)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }
}
