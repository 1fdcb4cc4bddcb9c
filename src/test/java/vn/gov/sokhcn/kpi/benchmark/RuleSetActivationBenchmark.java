package vn.gov.sokhcn.kpi.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.sokhcn.kpi.KpiApplication;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/**
 * Benchmark of validating and activating the shipped rule set (issue 4, target under 3 s): the
 * folders zipped and uploaded as a DRAFT (compile, every check, every workbook test case), then
 * activated, several times in one service. Run alone with
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:exec@ruleset-benchmark}.
 */
public final class RuleSetActivationBenchmark {
    private static final int WARMUPS = Integer.getInteger("benchmark.rulesetWarmups", 2);
    private static final int RUNS = Integer.getInteger("benchmark.rulesetRuns", 5);
    private static final double TARGET_MS = 3_000;

    private RuleSetActivationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // Every upload of the same folders is built again, as a new upload would be (no JVM-wide cache of builds).
        System.setProperty("kpi.ruleset.cache-entries", "0");
        Map.of("server.port", "0", "spring.datasource.url", "jdbc:h2:mem:ruleset-benchmark;DB_CLOSE_DELAY=-1",
                        "kpi.demo-data.enabled", "false", "kpi.rules.watch", "false", "logging.level.root", "WARN")
                .forEach((key, value) -> System.setProperty(key, System.getProperty(key, value)));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KpiApplication.class).run(args);
        try {
            RuleSetVersions versions = app.getBean(RuleSetVersions.class);
            // Uploads need an uploader's role (four eyes); activation is measured without the check, as the watcher does it.
            var expert = new vn.gov.sokhcn.kpi.security.KpiPrincipal("benchmark", null, vn.gov.sokhcn.kpi.security.Role.EXPERT, null, true);
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(expert, null,
                            expert.getAuthorities()));
            byte[] zip = shippedSet();
            Samples validate = new Samples();
            Samples activate = new Samples();
            for (int i = 1; i <= WARMUPS + RUNS; i++) {
                long start = System.nanoTime();
                RuleSetVersions.Draft draft = versions.upload("bo-quy-tac.zip", zip, null);
                long validated = System.nanoTime();
                if (!draft.problems().isEmpty()) {
                    throw new IllegalStateException("The shipped rule set has problems: " + draft.problems());
                }
                versions.activateAs("benchmark", draft.version(), null, null);
                long activated = System.nanoTime();
                if (i > WARMUPS) {
                    validate.add(validated - start);
                    activate.add(activated - validated);
                }
            }
            double total = validate.medianMs() + activate.medianMs();
            System.out.println("================ KPI rule set validation and activation benchmark ================");
            System.out.printf("JVM              : %s, %d CPUs, load average %.1f before start%n",
                    System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), loadBefore);
            System.out.printf("Rule set         : the shipped folders (%d files) uploaded as a zip, %d warm-ups, %d runs%n",
                    fileCount(), WARMUPS, RUNS);
            System.out.printf("  validate (ms)  : %s, median %.0f (compile, checks, workbook test cases)%n",
                    rounded(validate), validate.medianMs());
            System.out.printf("  activate (ms)  : %s, median %.0f%n", rounded(activate), activate.medianMs());
            System.out.printf("  median total   : %.0f ms   (target < %.0f ms: %s)%n", total, TARGET_MS,
                    total < TARGET_MS ? "MET" : "MISSED");
            System.out.println("===================================================================================");
        } finally {
            app.close();
        }
    }

    private static List<Long> rounded(Samples samples) {
        return samples.allMs().stream().map(Math::round).toList();
    }

    private static byte[] shippedSet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files()) {
                zip.putNextEntry(new ZipEntry(file.toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static long fileCount() throws IOException {
        return files().size();
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> rules = Files.walk(Path.of("rules")); Stream<Path> tables = Files.walk(Path.of("decision-tables"))) {
            return Stream.concat(rules, tables).filter(Files::isRegularFile).sorted().toList();
        }
    }
}
