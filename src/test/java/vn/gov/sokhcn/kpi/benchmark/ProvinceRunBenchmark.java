package vn.gov.sokhcn.kpi.benchmark;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.KpiApplication;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.run.OfficialRuns;

/**
 * Benchmark of an official run of a province (issue 18 item 3): {@link SyntheticOrganisation#province}
 * (20 Departments side by side, 100,000 people × 10 KPIs with measurements) stored on PostgreSQL in a
 * fresh database created through the superuser {@code postgres} on 127.0.0.1:5432 (or
 * {@code -Dbenchmark.postgresUrl}, e.g. {@code jdbc:postgresql://host:5432/postgres?user=postgres}) and
 * dropped after, then one official run of the period through {@link OfficialRuns} (what {@code POST
 * /api/periods/{code}/runs} does), timed, in a JVM with a 1 GB heap. Alone:
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:exec@province-run-benchmark}.
 */
public final class ProvinceRunBenchmark {
    private static final int DEPARTMENTS = Integer.getInteger("benchmark.departments", 20);
    private static final int PEOPLE = Integer.getInteger("benchmark.people", 100_000);
    private static final int UNITS = Integer.getInteger("benchmark.unitsPerDepartment", 50);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 1);
    private static final String SERVER = System.getProperty("benchmark.postgresUrl",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private static final double TARGET_S = 120;

    private ProvinceRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String database = "kpi_province_" + ProcessHandle.current().pid();
        superuser("CREATE DATABASE " + database + " OWNER kpi");
        try {
            run(args, database, loadBefore);
        } finally {
            superuser("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void run(String[] args, String database, double loadBefore) throws InterruptedException {
        String url = SERVER.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database) + "?reWriteBatchedInserts=true";
        Map.of("server.port", "0", "spring.profiles.active", "postgres", "spring.datasource.url", url,
                        "logging.level.root", "WARN", "logging.level.vn.gov.sokhcn.kpi.evaluation.run", "INFO")
                .forEach((key, value) -> System.setProperty(key, System.getProperty(key, value)));
        ListAppender<ILoggingEvent> runLog = new ListAppender<>();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KpiApplication.class).run(args);
        try {
            Logger runsLogger = (Logger) LoggerFactory.getLogger(OfficialRuns.class);
            runLog.start();
            runsLogger.addAppender(runLog);
            String code = store(app);
            OfficialRuns runs = app.getBean(OfficialRuns.class);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            Samples wall = new Samples();
            long cpu = 0;
            long lastRun = 0;
            long peakAfterGc;
            long sampledPeak;
            String collections;
            try (HeapMeter heap = HeapMeter.start()) {
                for (int i = 1; i <= RUNS; i++) {
                    long cpuAtStart = os.getProcessCpuTime();
                    long start = System.nanoTime();
                    lastRun = runs.run(code, "benchmark");
                    wall.add(System.nanoTime() - start);
                    cpu += os.getProcessCpuTime() - cpuAtStart;
                    log("Run %d (id %d): %.1f s", i, lastRun, Samples.ms(System.nanoTime() - start) / 1000);
                }
                peakAfterGc = heap.peakAfterCollections();
                sampledPeak = heap.sampledPeak();
                collections = heap.collections();
            }
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long people = jdbc.queryForObject("SELECT COUNT(*) FROM run_results WHERE run_id = ? AND employee_id IS NOT NULL",
                    Long.class, lastRun);
            long stored = jdbc.queryForObject("SELECT COUNT(*) FROM run_results WHERE run_id = ?", Long.class, lastRun);
            double median = wall.medianMs() / 1000;
            StringBuilder s = new StringBuilder("\n============ KPI official run benchmark (a province on PostgreSQL) ============\n");
            s.append(String.format("JVM              : %s, %d CPUs, max heap %s, args %s%n", System.getProperty("java.vm.version"),
                    Runtime.getRuntime().availableProcessors(), HeapMeter.mb(HeapMeter.maxHeap()),
                    ManagementFactory.getRuntimeMXBean().getInputArguments()));
            s.append(String.format("Load average     : %.1f before start, %.1f at the end%n", loadBefore, os.getSystemLoadAverage()));
            s.append(String.format("Period           : %d Departments, %,d people × 10 KPIs, PostgreSQL database %s%n",
                    DEPARTMENTS, people, database));
            s.append(String.format("Stored per run   : %,d results (people and units)%n", stored));
            s.append(String.format("  runs (s)       : %s%n", String.join(", ", wall.allMs().stream()
                    .map(ms -> String.format("%.1f", ms / 1000)).toList())));
            s.append(String.format("  median         : %.1f s   (target < %.0f s: %s)%n", median, TARGET_S,
                    median < TARGET_S ? "MET" : "MISSED"));
            s.append(String.format("  throughput     : %,.0f people read, evaluated and stored per second%n", people / median));
            s.append(String.format("  process CPU    : %.1f s per run (%.1f cores busy on average), %,.0f people per CPU-second%n",
                    cpu / 1e9 / RUNS, cpu / 1e9 / RUNS / median, people / (cpu / 1e9 / RUNS)));
            runLog.list.forEach(e -> s.append("  stages         : ").append(e.getFormattedMessage()).append('\n'));
            s.append(String.format("Peak heap        : %s used after a collection, %s sampled; %s%n", HeapMeter.mb(peakAfterGc),
                    HeapMeter.mb(sampledPeak), collections));
            s.append("================================================================================\n");
            System.out.println(s);
            Figure.machine();
            Figure.below("official-run-100000x10-postgres-1g-median", median, "s", TARGET_S);
            Figure.info("official-run-100000x10-postgres-1g-peak-heap-after-gc", peakAfterGc / (1024.0 * 1024), "MB");
        } finally {
            app.close();
        }
    }

    /** Generates the province, stores it in one transaction, and lets the generated request go before the runs. */
    private static String store(ConfigurableApplicationContext app) {
        EvaluationRequest request = SyntheticOrganisation.province(DEPARTMENTS, UNITS, PEOPLE / DEPARTMENTS);
        long t0 = System.nanoTime();
        app.getBean(TransactionTemplate.class).executeWithoutResult(
                status -> new StoredSyntheticPeriod(app.getBean(JdbcTemplate.class)).write(request));
        app.getBean(JdbcTemplate.class).execute("ANALYZE");
        log("Stored the synthetic province: %,d people, %,d units, %,d assignments with measurements in %.1f s",
                request.employees().size(), request.units().size(), request.assignments().size(),
                Samples.ms(System.nanoTime() - t0) / 1000);
        return request.period().code();
    }

    private static void superuser(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }
}
