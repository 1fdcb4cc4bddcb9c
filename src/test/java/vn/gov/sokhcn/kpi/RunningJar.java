package vn.gov.sokhcn.kpi;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built jar started with {@code java -jar} as a child process on a free port, its output in a
 * log file under {@code target/jar-smoke/}. Closing it stops the process and anything it started.
 */
final class RunningJar implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar in {@code workingDirectory}; the extra arguments go to Spring. */
    static RunningJar start(Path jar, Path workingDirectory, Path log, String... springArguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(List.of(springArguments));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new RunningJar(process, log, port);
    }

    /** The newest {@code kpi-service-*.jar} in {@code target}: the repackaged one, not {@code *.original}. */
    static Path builtJar(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("kpi-service-") && name.endsWith(".jar") && !name.endsWith("-plain.jar")
                        && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar");
            }).max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No target/kpi-service-*.jar: run mvn package first"));
        }
    }

    /** Waits for the health endpoint to answer UP; fails early, with the log, if the process ends. */
    void awaitUp(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The jar exited with code " + process.exitValue() + " before it was UP:\n" + logTail());
            }
            try {
                HttpResponse<String> health = anonymousGet("/actuator/health");
                if (health.statusCode() == 200 && "UP".equals(JSON.readTree(health.body()).path("status").asString())) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the server has not opened its port yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The jar was not UP within " + timeout.toSeconds() + " s:\n" + logTail());
    }

    /** Waits until the log has a line containing {@code text}; fails early, with the log, if the process ends. */
    void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("The jar exited with code " + process.exitValue() + " before it logged «" + text + "»:\n" + logTail());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The jar did not log «" + text + "» within " + timeout.toSeconds() + " s:\n" + logTail());
    }

    /** A GET without credentials, as a stranger would send it. */
    HttpResponse<String> anonymousGet(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET as the demo HR officer «hr». */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestUsers.basic("hr"))
                        .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", TestUsers.basic("hr")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    int port() {
        return port;
    }

    /** The process id, which the instance id the service records ({@code host:pid:random}) carries. */
    long pid() {
        return process.pid();
    }

    /** Kills the process at once, as a power cut or {@code kill -9} would: no shutdown hook, nothing flushed. */
    void killHard() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (!process.destroyForcibly().waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The jar did not die within 30 s of SIGKILL");
        }
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(log " + log + " not readable: " + e.getMessage() + ")";
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the process and its children (taken first: once the parent is gone they are re-parented). */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
