package vn.gov.sokhcn.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.benchmark.StoredSyntheticPeriod;
import vn.gov.sokhcn.kpi.benchmark.SyntheticOrganisation;

/**
 * The packaged service killed (SIGKILL) in the middle of an official run, on an H2 file database:
 * the demo Department plus a synthetic one of {@link #PEOPLE} people stored beside it in March 2026.
 * The kill comes at recorded progress points, not after a guessed time: the test locks the run's row
 * as soon as it is RUNNING (so the run can never mark itself COMPLETED, however fast or slow the
 * machine), then waits until results of the run are written but not committed (a dirty read), the
 * worst moment, and kills. Started again on the same files, the interrupted run is FAILED with its
 * Vietnamese reason (once its lease, short here, has expired) and no results, no other table changed, and the month then runs to completion
 * with everyone. The database is opened with {@code AUTO_SERVER=TRUE} so that the test can read and
 * write it while the service holds it. Run by failsafe after package.
 */
class KilledMidRunIT {
    /** Enough that the run is RUNNING for seconds (about 1,000 people a second on 2 cores) while the test locks its row. */
    static final int PEOPLE = 4_000;
    static final int UNITS = 40;
    static final String PERIOD = "2026-03";
    /** The reason of a run whose instance stopped beating (the killed one: host, pid, its last beat in Vietnam's time). */
    static final String INTERRUPTED = "Lượt đánh giá bị gián đoạn: phiên bản dịch vụ chạy trên máy «[^»]+» \\(tiến trình \\d+\\)"
            + " ngừng báo hiệu từ \\d\\d:\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}; không có kết quả nào được lưu\\. Hãy chạy lại\\.";
    // Starting compiles the whole rule set; on a busy 2-core machine that alone has taken 40 s.
    private static final Duration STARTUP = Duration.ofSeconds(300);
    private static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();

    @Test
    void shouldMarkARunKilledMidwayFailedWithNothingHalfWrittenAndRunThePeriodAgain(@TempDir Path folder) throws Exception {
        Path jar = RunningJar.builtJar(BASE.resolve("target"));
        // The service waits for the test's lock on its run rather than failing after H2's default second.
        String url = "jdbc:h2:file:" + folder.resolve("kpi").toAbsolutePath() + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=600000";
        DataSource database = new DriverManagerDataSource(url, "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Map<String, Long> before;
        long interrupted;
        try (RunningJar app = start(jar, folder, url, "first")) {
            new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(status ->
                    new StoredSyntheticPeriod(jdbc).write(SyntheticOrganisation.of("XSO", UNITS, PEOPLE)));
            before = counts(jdbc);
            BasicHttp http = new BasicHttp(app.port());
            CompletableFuture<BasicHttp.Reply> run = CompletableFuture.supplyAsync(
                    () -> http.post("hr", "/api/periods/" + PERIOD + "/runs", null));
            Connection lock = DriverManager.getConnection(url, "sa", "");
            try {
                interrupted = lockRunning(lock, run);
                long running = System.nanoTime();
                awaitResultsBeingWritten(url, interrupted, run);
                app.killHard();
                System.out.printf("[KilledMidRunIT] run %d killed while writing its results, %.1f s after it was locked RUNNING%n",
                        interrupted, (System.nanoTime() - running) / 1e9);
            } finally {
                closeQuietly(lock);
            }
            assertThat(run).failsWithin(Duration.ofSeconds(30));
        }
        try (RunningJar app = start(jar, folder, url, "after-kill")) {
            BasicHttp http = new BasicHttp(app.port());
            JsonNode failed = awaitFailed(http, interrupted);
            assertThat(failed.get("failure").asString()).matches(INTERRUPTED);
            assertThat(failed.get("finishedAt").isNull()).isFalse();
            assertThat(http.get("hr", "/api/runs/" + interrupted + "/results").json().get("total").asLong()).isZero();
            Map<String, Long> after = counts(jdbc);
            assertThat(after.remove("EVALUATION_RUNS")).isEqualTo(before.remove("EVALUATION_RUNS") + 1);
            assertThat(after).isEqualTo(before);

            BasicHttp.Reply again = http.post("hr", "/api/periods/" + PERIOD + "/runs", null);
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
            long employed = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM employees
                    WHERE start_date <= DATE '2026-03-31' AND (end_date IS NULL OR end_date >= DATE '2026-03-01')
                    """, Long.class);
            assertThat(employed).isGreaterThan(PEOPLE);
            assertThat(again.json().get("state").asString()).isEqualTo("COMPLETED");
            assertThat(again.json().at("/counts/employees").asLong()).isEqualTo(employed);
            assertThat(http.get("hr", "/api/runs/" + again.json().get("id").asLong() + "/results?size=1").json()
                    .get("total").asLong()).isEqualTo(employed);
        }
    }

    /**
     * The killed run stays RUNNING until its lease (5 s here, beats every second) has expired; the restarted
     * service then marks it FAILED, at start or at one of its sweeps (every second here).
     */
    private static JsonNode awaitFailed(BasicHttp http, long runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode run = http.get("hr", "/api/runs/" + runId).json();
        while (!"FAILED".equals(run.get("state").asString()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            run = http.get("hr", "/api/runs/" + runId).json();
        }
        assertThat(run.get("state").asString()).isEqualTo("FAILED");
        return run;
    }

    private static RunningJar start(Path jar, Path folder, String url, String label) throws Exception {
        RunningJar app = RunningJar.start(jar, folder, BASE.resolve("target/jar-smoke/killed-mid-run-" + label + ".log"),
                "--spring.profiles.active=demo", "--spring.datasource.url=" + url, "--kpi.demo-data.run-periods=false",
                "--kpi.runs.lease=5s", "--kpi.runs.heartbeat=1s", "--kpi.runs.sweep-every=1s");
        try {
            app.awaitUp(STARTUP);
            return app;
        } catch (AssertionError | Exception e) {
            app.close();
            throw e;
        }
    }

    /**
     * Polls until a run is RUNNING and locks its row in a transaction left open: the run may go on writing
     * its results, but its last step (marking itself COMPLETED) waits for this lock. Answers the run's id.
     */
    private static long lockRunning(Connection lock, CompletableFuture<BasicHttp.Reply> run) throws Exception {
        lock.setAutoCommit(false);
        try (PreparedStatement running = lock.prepareStatement(
                "SELECT id FROM evaluation_runs WHERE state = 'RUNNING' FOR UPDATE")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(run).as("the run answered before it could be locked").isNotDone();
                try (ResultSet rs = running.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
                lock.rollback();
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no run of " + PERIOD + " was RUNNING within 60 s");
    }

    /** The lock's connection went with the killed service, which served the database. */
    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            System.out.println("[KilledMidRunIT] lock connection closed with the service: " + e.getMessage());
        }
    }

    /** Reads uncommitted rows until some results of the run are written but not committed. */
    private static void awaitResultsBeingWritten(String url, long runId, CompletableFuture<BasicHttp.Reply> run) throws Exception {
        try (Connection dirty = DriverManager.getConnection(url, "sa", "");
             PreparedStatement written = dirty.prepareStatement("SELECT COUNT(*) FROM run_results WHERE run_id = ?")) {
            dirty.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            written.setLong(1, runId);
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(run).as("the run answered before it could be killed").isNotDone();
                try (ResultSet rs = written.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the results of run " + runId + " were not being written within 300 s");
    }

    /**
     * Rows of every table of the schema (read through the service's H2 server), but an audit log's:
     * it rightly records the attempt (who started the run, who read it) and is append-only anyway.
     */
    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("""
                SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'
                AND UPPER(TABLE_NAME) NOT LIKE 'AUDIT%'
                """, String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
        }
        return counts;
    }
}
