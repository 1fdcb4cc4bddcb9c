package vn.gov.sokhcn.kpi.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.KpiApplication;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;

/**
 * End-to-end benchmark of {@code POST /api/evaluations}: the application started in this JVM on a
 * random port and called over real HTTP. Not a test, because timings on a shared machine would
 * make a flaky one: run it with {@code mvn -Pbenchmark -DskipTests verify}, which forks a JVM with
 * the heap of the property {@code benchmark.jvmArgs}. Arguments are passed to Spring, so
 * {@code --kpi.rules.dir=…} benchmarks another copy of the rules. Sizes: -Dbenchmark.people=… etc.
 */
public final class EvaluationBenchmark {
    private static final int PEOPLE = Integer.getInteger("benchmark.people", 10_000);
    private static final int UNITS = Integer.getInteger("benchmark.units", 100);
    private static final int BIG_WARMUPS = Integer.getInteger("benchmark.bigWarmups", 2);
    private static final int BIG_RUNS = Integer.getInteger("benchmark.bigRuns", 5);
    private static final int SUMMARY_RUNS = Integer.getInteger("benchmark.summaryRuns", 5);
    private static final int SMALL_WARMUPS = Integer.getInteger("benchmark.smallWarmups", 300);
    private static final int SMALL_RUNS = Integer.getInteger("benchmark.smallRuns", 500);
    /** The same number of people again as this many Departments side by side, each a group of agencies of its own. */
    private static final int DEPARTMENTS = Integer.getInteger("benchmark.departments", 5);
    private static final int SPREAD_RUNS = Integer.getInteger("benchmark.spreadRuns", 5);

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long startup = System.nanoTime();
        // As system properties, because these must outrank application.properties (the builder's
        // properties() would not: its defaults lose to the file's ./data database); arguments still win.
        Map.of("server.port", "0", "spring.datasource.url", "jdbc:h2:mem:bench", "logging.level.root", "WARN")
                .forEach((key, value) -> System.setProperty(key, System.getProperty(key, value)));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KpiApplication.class).run(args);
        long startupMs = (System.nanoTime() - startup) / 1_000_000;
        try {
            BenchmarkReport report = run(app);
            System.out.println(report.summary(startupMs, loadBefore));
            report.printFigures();
            spreadOverDepartments(app).print();
            if (!report.check().complete()) {
                throw new IllegalStateException("The response of the large request is incomplete: " + report.check());
            }
        } finally {
            app.close();
        }
    }

    private static BenchmarkReport run(ConfigurableApplicationContext app) throws Exception {
        JsonMapper json = app.getBean(JsonMapper.class);
        HttpEvaluations http = new HttpEvaluations(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));

        EvaluationRequest bigRequest = SyntheticOrganisation.of(UNITS, PEOPLE);
        byte[] big = json.writeValueAsBytes(bigRequest);
        byte[] one = json.writeValueAsBytes(SyntheticOrganisation.onePerson());
        log("Request: %,d people, %,d units, %,d assignments, %,d bytes of JSON", bigRequest.employees().size(),
                bigRequest.units().size(), bigRequest.assignments().size(), big.length);

        for (int i = 1; i <= BIG_WARMUPS; i++) {
            log("Warm-up %d of the %,d-person request: %.0f ms", i, PEOPLE, Samples.ms(http.postOk(big).nanos()));
        }
        for (int i = 0; i < SMALL_WARMUPS; i++) {
            http.postOk(one);
        }

        Samples wall = new Samples();
        Samples cpu = new Samples();
        HttpEvaluations.Exchange last = null;
        long poolPeaks;
        long sampledPeak;
        String collections;
        try (HeapMeter heap = HeapMeter.start()) {
            for (int i = 1; i <= BIG_RUNS; i++) {
                long cpuBefore = processCpuNanos();
                last = http.postOk(big);
                long cpuUsed = processCpuNanos() - cpuBefore;
                wall.add(last.nanos());
                cpu.add(cpuUsed);
                log("Run %d of the %,d-person request: %.0f ms (process CPU %.0f ms)", i, PEOPLE,
                        Samples.ms(last.nanos()), Samples.ms(cpuUsed));
            }
            poolPeaks = heap.sumOfPoolPeaks();
            sampledPeak = heap.sampledPeak();
            collections = heap.collections();
        }
        Completeness check = Completeness.of(json.readTree(last.body()), PEOPLE, UNITS + 1);

        http.postOk(big, "?detail=summary");
        Samples summary = new Samples();
        int summaryBytes = 0;
        for (int i = 1; i <= SUMMARY_RUNS; i++) {
            HttpEvaluations.Exchange exchange = http.postOk(big, "?detail=summary");
            summary.add(exchange.nanos());
            summaryBytes = exchange.body().length;
            log("Run %d of the %,d-person request, ?detail=summary: %.0f ms", i, PEOPLE, Samples.ms(exchange.nanos()));
        }

        Samples small = new Samples();
        for (int i = 0; i < SMALL_RUNS; i++) {
            small.add(http.postOk(one).nanos());
        }

        log("Breaking the %,d-person request down by stage (in process, best of 3)…", PEOPLE);
        Map<String, StageBreakdown.Timing> stages = new StageBreakdown(app).measure(big, 3);
        return new BenchmarkReport(PEOPLE, UNITS + 1, SMALL_WARMUPS, big.length, last.body().length, wall, cpu, summary,
                summaryBytes, small,
                check, stages, poolPeaks, sampledPeak, collections);
    }

    /**
     * The same number of people and assignments as {@value #DEPARTMENTS} Departments (a slice of a province): no rule
     * joins two Departments, so each gets a session of its own and they run on every core. One Department of them all,
     * above, is the case no split helps: its Director is capped by everyone below and its quota spans it.
     */
    private static SpreadRuns spreadOverDepartments(ConfigurableApplicationContext app) throws Exception {
        JsonMapper json = app.getBean(JsonMapper.class);
        HttpEvaluations http = new HttpEvaluations(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        byte[] spread = json.writeValueAsBytes(SyntheticOrganisation.province(DEPARTMENTS, UNITS / DEPARTMENTS, PEOPLE / DEPARTMENTS));
        http.postOk(spread);
        http.postOk(spread, "?detail=summary");
        Samples full = new Samples();
        Samples summary = new Samples();
        for (int i = 1; i <= SPREAD_RUNS; i++) {
            long fullNanos = http.postOk(spread).nanos();
            long summaryNanos = http.postOk(spread, "?detail=summary").nanos();
            full.add(fullNanos);
            summary.add(summaryNanos);
            log("Run %d of the %,d people as %d Departments: %.0f ms full, %.0f ms summary", i, PEOPLE, DEPARTMENTS,
                    Samples.ms(fullNanos), Samples.ms(summaryNanos));
        }
        return new SpreadRuns(PEOPLE, DEPARTMENTS, full, summary);
    }

    /** The figures of {@link #spreadOverDepartments}, with the targets of the one-Department request. */
    private record SpreadRuns(int people, int departments, Samples full, Samples summary) {
        void print() {
            String name = "on-demand-" + people + "x10-in-" + departments + "-departments-";
            Figure.below(name + "full-median", full.medianMs(), "ms", 3_500);
            Figure.below(name + "summary-median", summary.medianMs(), "ms", 1_500);
        }
    }

    /** CPU time of the whole process (all threads: server, client, collector, compiler). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }
}
