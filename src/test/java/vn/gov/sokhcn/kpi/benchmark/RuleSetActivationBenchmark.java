package vn.gov.sokhcn.kpi.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.sokhcn.kpi.KpiApplication;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * Benchmark of an HR officer's everyday change (issue 18 item 4, target under 3 s): one data cell of one workbook
 * changed and uploaded as a DRAFT (stored, diffed against the active version), validated (compile, every check, every
 * «Kiểm thử» case: inside the upload, split out from the validator's debug line), then activated by a second HR
 * officer (four eyes), repeated in one service; each repetition changes the cell to a new text, so every upload is a
 * set never built before. Run alone with {@code mvn -Pbenchmark -DskipTests test-compile exec:exec@ruleset-benchmark}.
 */
public final class RuleSetActivationBenchmark {
    private static final int WARMUPS = Integer.getInteger("benchmark.rulesetWarmups", 5);
    private static final int RUNS = Integer.getInteger("benchmark.rulesetRuns", 7);
    private static final double TARGET_MS = 3_000;
    private static final String WORKBOOK = "xep-loai.drl.xlsx";
    private static final String SHEET = "Khung điểm";
    /** The label of a band: a text data cell that no «Kiểm thử» case states, so every draft stays without problems. */
    private static final String CELL = "B12";
    private static final String VALIDATOR = "vn.gov.sokhcn.kpi.ruleset.version.VersionValidator";

    private RuleSetActivationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map.of("server.port", "0", "spring.datasource.url", "jdbc:h2:mem:ruleset-benchmark;DB_CLOSE_DELAY=-1",
                        "kpi.demo-data.enabled", "false", "kpi.rules.watch", "false", "logging.level.root", "WARN")
                .forEach((key, value) -> System.setProperty(key, System.getProperty(key, value)));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KpiApplication.class).run(args);
        try {
            ListAppender<ILoggingEvent> validations = validatorLines();
            RuleSetVersions versions = app.getBean(RuleSetVersions.class);
            Samples upload = new Samples();
            Samples validate = new Samples();
            Samples activate = new Samples();
            Samples total = new Samples();
            Samples cpu = new Samples();
            for (int i = 1; i <= WARMUPS + RUNS; i++) {
                byte[] workbook = BrokenWorkbooks.withCell(WORKBOOK, SHEET, CELL, "Tốt (lần " + i + ")").all()
                        .get("decision-tables/" + WORKBOOK);
                validations.list.clear();
                signIn("benchmark-hr1");
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                RuleSetVersions.Draft draft = versions.upload(WORKBOOK, workbook, "Đổi tên khung «Tốt», lần " + i);
                long uploaded = System.nanoTime();
                if (!draft.problems().isEmpty() || draft.structural()) {
                    throw new IllegalStateException("The one-cell change has problems or is structural: " + draft.problems());
                }
                signIn("benchmark-hr2");
                long activating = System.nanoTime();
                versions.activate(draft.version(), null, null);
                long activated = System.nanoTime();
                long cpuEnd = processCpuNanos();
                long validation = validationNanos(validations);
                if (i > WARMUPS) {
                    upload.add(uploaded - start - validation);
                    validate.add(validation);
                    activate.add(activated - activating);
                    total.add(uploaded - start + activated - activating);
                    cpu.add(cpuEnd - cpuStart);
                }
            }
            System.out.println("================ KPI rule set validation and activation benchmark ================");
            System.out.printf("JVM              : %s, %d CPUs, load average %.1f before start, %.1f at the end%n",
                    System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("Change           : %s!%s!%s (one data cell) uploaded as a draft, activated by a second HR "
                    + "officer; %d warm-ups, %d runs%n", WORKBOOK, SHEET, CELL, WARMUPS, RUNS);
            System.out.printf("  upload (ms)    : %s (read, diff, store, audit)%n", rounded(upload));
            System.out.printf("  validate (ms)  : %s (compile, checks, «Kiểm thử» cases)%n", rounded(validate));
            System.out.printf("  activate (ms)  : %s (four eyes, swap)%n", rounded(activate));
            System.out.printf("  total (ms)     : %s%n", rounded(total));
            System.out.printf("  process CPU    : %s ms per run (all threads; steadier than wall time on a shared machine)%n",
                    rounded(cpu));
            System.out.println("===================================================================================");
            Figure.machine();
            Figure.info("ruleset-upload-median", upload.medianMs(), "ms");
            Figure.info("ruleset-validate-median", validate.medianMs(), "ms");
            Figure.info("ruleset-activate-median", activate.medianMs(), "ms");
            Figure.info("ruleset-upload-validate-activate-process-cpu-median", cpu.medianMs(), "ms");
            Figure.below("ruleset-upload-validate-activate-median", total.medianMs(), "ms", TARGET_MS);
        } finally {
            app.close();
        }
    }

    /** The validator's debug lines ("Validated version … in … ms"), kept in memory. */
    private static ListAppender<ILoggingEvent> validatorLines() {
        Logger logger = (Logger) LoggerFactory.getLogger(VALIDATOR);
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false); // read here, not printed
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    private static long validationNanos(ListAppender<ILoggingEvent> lines) {
        ILoggingEvent line = lines.list.stream().filter(e -> e.getMessage().startsWith("Validated version")).findFirst()
                .orElseThrow(() -> new IllegalStateException("The draft was not validated at upload"));
        return ((Number) line.getArgumentArray()[1]).longValue() * 1_000_000;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void signIn(String name) {
        KpiPrincipal officer = new KpiPrincipal(name, null, Role.HR_OFFICER, null, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
    }

    private static List<Long> rounded(Samples samples) {
        return samples.allMs().stream().map(Math::round).toList();
    }
}
