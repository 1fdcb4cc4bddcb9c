package vn.gov.sokhcn.kpi.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.KpiApplication;
import vn.gov.sokhcn.kpi.TestUsers;

/**
 * One person evaluated on demand by another system with an API token (issue 18, targets: median under 10 ms and p99
 * under 30 ms with 8 concurrent clients): the service started in this JVM on a random port, an EXPERT token created
 * over HTTP by {@code admin}, then {@value #CLIENTS} clients each posting the one-person request with
 * {@code Authorization: Bearer …} over HTTP/1.1, keep-alive, each on its own connection ({@link KeepAliveClient}: the
 * whole request sent and the whole answer read, as the JDK's {@code HttpClient} did before, with less of the two
 * cores' CPU spent in the clients). For comparison the same load with HTTP Basic, whose
 * BCrypt check runs at the production strength here (10, not the tests' 4). Run alone with
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:exec@token-benchmark}; sizes go to the forked JVM through its
 * arguments, e.g. {@code -Dbenchmark.tokenJvmArgs="-Xmx1g -Dbenchmark.tokenRequests=20000"}, a profile with
 * {@code -XX:StartFlightRecording=filename=tokens.jfr,settings=profile} there too.
 */
public final class ApiTokenBenchmark {
    private static final int CLIENTS = Integer.getInteger("benchmark.tokenClients", 8);
    /**
     * Closer to a server that has run for hours: after 3,000 requests the JIT compilers still took a fifth to a quarter
     * of the process CPU of the measured requests (HotSpot keeps recompiling the rule engine's code as new paths turn
     * hot); after 15,000 much less of it, and the measured phase prints the compilers' time, which is not zero.
     */
    private static final int WARMUPS = Integer.getInteger("benchmark.tokenWarmups", 15_000);
    private static final int REQUESTS = Integer.getInteger("benchmark.tokenRequests", 8_000);
    private static final int BASIC_REQUESTS = Integer.getInteger("benchmark.basicRequests", 80);

    private ApiTokenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map.of("server.port", "0", "spring.datasource.url", "jdbc:h2:mem:token-benchmark;DB_CLOSE_DELAY=-1",
                        "kpi.security.bcrypt-strength", "10", "logging.level.root", "WARN")
                .forEach((key, value) -> System.setProperty(key, System.getProperty(key, value)));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KpiApplication.class).run(args);
        try {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JsonMapper json = app.getBean(JsonMapper.class);
            byte[] one = json.writeValueAsBytes(SyntheticOrganisation.onePerson());
            String bearer = "Bearer " + createToken(port, json);

            load(port, one, bearer, WARMUPS);
            Result token = load(port, one, bearer, REQUESTS);
            Result basic = load(port, one, TestUsers.basic("expert"), BASIC_REQUESTS);
            System.out.printf("""
                    [benchmark] One person on demand, %d concurrent clients over HTTP (load average before: %.1f, %d cores)
                    [benchmark]   API token (Bearer): %,d requests, median %.1f ms, p99 %.1f ms, max %.1f ms; %,.0f requests/s; \
                    process CPU %.2f ms per request (targets: median < 10 ms, p99 < 30 ms)
                    [benchmark]   after %,d warm-up requests; the JIT compilers' time during the measured requests: %,d ms
                    [benchmark]   HTTP Basic (BCrypt strength 10), for comparison: %,d requests, median %.1f ms, p99 %.1f ms; \
                    %,.0f requests/s; process CPU %.2f ms per request
                    [benchmark] Load average after: %.1f
                    """, CLIENTS, loadBefore, Runtime.getRuntime().availableProcessors(), token.samples().count(),
                    token.samples().medianMs(), token.samples().percentileMs(99), token.samples().maxMs(), token.perSecond(),
                    token.cpuMsPerRequest(), WARMUPS, token.jitMs(), basic.samples().count(), basic.samples().medianMs(),
                    basic.samples().percentileMs(99), basic.perSecond(), basic.cpuMsPerRequest(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Figure.machine();
            Figure.below("on-demand-one-person-token-8-clients-median", token.samples().medianMs(), "ms", 10);
            Figure.below("on-demand-one-person-token-8-clients-p99", token.samples().percentileMs(99), "ms", 30);
            Figure.info("on-demand-one-person-token-8-clients-throughput", token.perSecond(), "requests/s");
            Figure.info("on-demand-one-person-token-cpu-per-request", token.cpuMsPerRequest(), "ms");
        } finally {
            app.close();
        }
    }

    /** Latencies, requests per second, and the CPU time of the whole process (server and clients) per request. */
    private record Result(Samples samples, double perSecond, double cpuMsPerRequest, long jitMs) {
    }

    private static String createToken(int port, JsonMapper json) throws Exception {
        String body = "{\"name\":\"benchmark\",\"role\":\"EXPERT\",\"expiresAt\":\"" + LocalDateTime.now().plusDays(1).withNano(0)
                + "\"}";
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/api-tokens"))
                .header("Authorization", TestUsers.basic("admin")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Creating the token: HTTP " + created.statusCode() + " " + created.body());
        }
        return json.readTree(created.body()).get("token").asString();
    }

    /** {@code total} requests shared by the clients, each on its own connection; every answer must be 200. */
    private static Result load(int port, byte[] body, String authorization, int total) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> results = new ArrayList<>();
        long cpuBefore = processCpuNanos();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int share = total / CLIENTS + (c < total % CLIENTS ? 1 : 0);
            results.add(clients.submit(() -> client(port, body, authorization, share)));
        }
        Samples samples = new Samples();
        try {
            for (Future<List<Long>> result : results) {
                result.get().forEach(samples::add);
            }
        } finally {
            clients.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        double cpuMs = (processCpuNanos() - cpuBefore) / 1e6 / samples.count();
        long jitMs = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        return new Result(samples, samples.count() / (elapsed / 1e9), cpuMs, jitMs);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<Long> client(int port, byte[] body, String authorization, int requests) throws Exception {
        byte[] request = KeepAliveClient.post("/api/evaluations", port, authorization, body);
        List<Long> nanos = new ArrayList<>(requests);
        try (KeepAliveClient http = new KeepAliveClient(port)) {
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                int status = http.send(request);
                nanos.add(System.nanoTime() - start);
                if (status != 200) {
                    throw new IllegalStateException("HTTP " + status + ": " + http.body());
                }
            }
        }
        return nanos;
    }
}
