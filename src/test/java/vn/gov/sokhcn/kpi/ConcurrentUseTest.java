package vn.gov.sokhcn.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.BasicHttp.Reply;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersionsHttpTest;

/**
 * The service under concurrent use over real HTTP, on the demo Department: clients evaluate the
 * example request and read a stored run's results while an expert uploads rule set versions
 * (alternately the shipped tables and the «Tốt» band raised to 75 points) that a second HR officer
 * activates, an HR officer imports the figures of a month (alternately a valid file and one with a
 * bad cell) and runs another month officially. Every answer must be the expected one; every
 * evaluation and every run must agree, person by person, with the one rule set version it names;
 * afterwards the stored figures are exactly those of the last valid import, the bad files left no
 * row, and every run has all of its results.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=false"})
class ConcurrentUseTest {
    static final String RUN_PERIOD = "2026-03";
    static final String IMPORT_PERIOD = "2026-05";
    /** Versions uploaded and activated under load; imports and runs go on (at least this often) until they are done. */
    static final int VERSION_ROUNDS = 2;
    static final int MIN_IMPORTS = 4;
    static final int MIN_RUNS = 2;
    static final int EVALUATORS = 2;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    BasicHttp http;
    final Queue<String> failures = new ConcurrentLinkedQueue<>();
    /** Rule set version → SHA-256, as uploaded; and SHA-256 → each person's rating of the example request. */
    final Map<Integer, String> versions = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> exampleRatings = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> runRatings = new ConcurrentHashMap<>();

    @Test
    void shouldAnswerEveryRequestOnOneVersionAndLoseNoDataWhileRulesFiguresAndRunsChange() throws Exception {
        http = new BasicHttp(port);
        byte[] shipped = expect(http.get("hr", "/api/rulesets/1/zip"), 200).body();
        byte[] raised = RuleSetVersionsHttpTest.raisedBandZip();
        String sha1 = expect(http.get("hr", "/api/rulesets/1"), 200).json().get("sha256").asString();
        versions.put(1, sha1);
        int raisedVersion = uploadAndActivate(raised);
        String sha2 = versions.get(raisedVersion);
        learnRatings(sha2);
        assertThat(exampleRatings.get(sha2)).containsEntry("CB003", "HTNV");
        assertThat(versions.get(uploadAndActivate(shipped))).isEqualTo(sha1);
        learnRatings(sha1);
        assertThat(exampleRatings.get(sha1)).containsEntry("CB003", "HTTNV").containsEntry("CB004", "KHTNV");
        long firstRun = run();
        int people = expect(http.get("hr", "/api/runs/" + firstRun + "/results?size=500"), 200).json().get("total").asInt();
        ImportFiles files = new ImportFiles(expect(http.get("hr",
                "/api/periods/" + IMPORT_PERIOD + "/import-template?format=xlsx"), 200).body());
        long assignmentsBefore = count("assignments a", IMPORT_PERIOD);
        long measurementsBefore = count("measurements m JOIN assignments a ON a.id = m.assignment_id", IMPORT_PERIOD);

        AtomicBoolean activating = new AtomicBoolean(true);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger evaluations = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger lastValid = new AtomicInteger(-1);
        ExecutorService pool = Executors.newFixedThreadPool(EVALUATORS + 3);
        try {
            List<Future<?>> writers = List.of(
                    pool.submit(() -> {
                        try {
                            for (int i = 0; i < VERSION_ROUNDS; i++) {
                                int version = uploadAndActivate(i % 2 == 0 ? raised : shipped);
                                assertThat(versions.get(version)).isEqualTo(i % 2 == 0 ? sha2 : sha1);
                            }
                        } finally {
                            activating.set(false);
                        }
                    }),
                    pool.submit(() -> {
                        for (int i = 0; (i < MIN_IMPORTS || activating.get()) && failures.isEmpty(); i++) {
                            if (i % 2 == 0) {
                                JsonNode written = expect(http.postFile("hr", imports(), "so-lieu-" + i + ".xlsx",
                                        files.valid(60 + 10 * i)), 200).json();
                                assertThat(written.get("measurementsUpdated").asInt()).isEqualTo(3);
                                lastValid.set(60 + 10 * i);
                            } else {
                                JsonNode refused = expect(http.postFile("hr", imports(), "so-lieu-" + i + ".xlsx",
                                        files.bad(900 + 10 * i)), 400).json();
                                assertThat(refused.get("type").asString()).isEqualTo("urn:kpi:problem:invalid-import");
                                assertThat(refused.get("errors").findValuesAsString("header")).contains("Thực hiện");
                                assertThat(refused.get("errors").findValues("row").stream().map(JsonNode::asInt))
                                        .contains(files.badRow());
                            }
                        }
                    }),
                    pool.submit(() -> {
                        for (int i = 0; (i < MIN_RUNS || activating.get()) && failures.isEmpty(); i++) {
                            run();
                            runs.incrementAndGet();
                        }
                    }));
            List<Future<?>> readers = new java.util.ArrayList<>();
            for (int t = 0; t < EVALUATORS; t++) {
                readers.add(pool.submit(() -> {
                    do {
                        checkEvaluation(expect(http.post("hr", "/api/evaluations", example()), 200).json());
                        expect(http.get("hr", "/api/runs/" + firstRun + "/results?size=500"), 200);
                        evaluations.incrementAndGet();
                    } while (writing.get() && failures.isEmpty());
                }));
            }
            for (Future<?> writer : writers) {
                await(writer);
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                await(reader);
            }
        } finally {
            activating.set(false);
            writing.set(false);
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        assertThat(evaluations.get()).isGreaterThanOrEqualTo(EVALUATORS);

        assertThat(count("assignments a", IMPORT_PERIOD)).isEqualTo(assignmentsBefore);
        assertThat(count("measurements m JOIN assignments a ON a.id = m.assignment_id", IMPORT_PERIOD)).isEqualTo(measurementsBefore);
        List<String[]> changed = files.changedKeys();
        for (int i = 0; i < changed.size(); i++) {
            assertThat(actual(changed.get(i))).as("«Thực hiện» of %s / %s", changed.get(i)[0], changed.get(i)[1])
                    .isEqualByComparingTo(String.valueOf(lastValid.get() + i));
        }
        assertThat(jdbc.sql(HOLDER_INDICATOR.formatted("COUNT(*)")).param("period", IMPORT_PERIOD)
                .param("employee", files.addedByBadFile[0]).param("indicator", files.addedByBadFile[1])
                .query(Long.class).single()).as("the row only the refused files carry").isZero();

        var stored = jdbc.sql("""
                SELECT r.state, r.employee_count + r.unit_count AS expected,
                       (SELECT COUNT(*) FROM run_results rr WHERE rr.run_id = r.id) AS stored
                FROM evaluation_runs r""").query().listOfRows();
        assertThat(stored).hasSize(3 + runs.get()).allSatisfy(r -> {
            assertThat(r.get("state")).isEqualTo("COMPLETED");
            assertThat(((Number) r.get("stored")).longValue()).isEqualTo(((Number) r.get("expected")).longValue());
        });
        assertThat(jdbc.sql("SELECT MIN(employee_count) FROM evaluation_runs").query(Integer.class).single()).isEqualTo(people);
        assertThat(jdbc.sql("SELECT version FROM rule_set_versions WHERE state = 'ACTIVE'").query(Integer.class).list())
                .containsExactly(versions.keySet().stream().max(Integer::compare).orElseThrow());
    }

    private static final String HOLDER_INDICATOR = """
            SELECT %s FROM assignments a JOIN periods p ON p.id = a.period_id JOIN employees e ON e.id = a.employee_id
            JOIN indicators i ON i.id = a.indicator_id LEFT JOIN measurements m ON m.assignment_id = a.id
            WHERE p.code = :period AND e.code = :employee AND i.code = :indicator""";

    private java.math.BigDecimal actual(String[] key) {
        return jdbc.sql(HOLDER_INDICATOR.formatted("m.actual_value")).param("period", IMPORT_PERIOD).param("employee", key[0])
                .param("indicator", key[1]).query(java.math.BigDecimal.class).single();
    }

    private long count(String from, String period) {
        return jdbc.sql("SELECT COUNT(*) FROM " + from + " JOIN periods p ON p.id = a.period_id WHERE p.code = :period")
                .param("period", period).query(Long.class).single();
    }

    /** Uploads a rule set as the expert and activates it as the second HR officer; answers its version. */
    private int uploadAndActivate(byte[] zip) {
        JsonNode draft = expect(http.postFile("expert", "/api/rulesets", "bo-quy-tac.zip", zip), 201).json();
        assertThat(draft.get("problems")).as(draft.toString()).isEmpty();
        int version = draft.get("version").asInt();
        versions.put(version, draft.get("sha256").asString());
        expect(http.post("hr2", "/api/rulesets/" + version + "/activate", null), 200);
        return version;
    }

    /** With nothing else running: the ratings the active version gives the example request and the run month. */
    private void learnRatings(String sha) {
        JsonNode evaluation = expect(http.post("hr", "/api/evaluations", example()), 200).json();
        assertThat(evaluation.at("/ruleSet/sha256").asString()).isEqualTo(sha);
        exampleRatings.put(sha, ratings(evaluation.get("employees"), "id"));
        long run = run();
        runRatings.put(sha, ratings(expect(http.get("hr", "/api/runs/" + run + "/results?size=500"), 200).json().get("items"),
                "employee"));
    }

    private void checkEvaluation(JsonNode evaluation) {
        int version = evaluation.at("/ruleSet/version").asInt();
        String sha = evaluation.at("/ruleSet/sha256").asString();
        if (!sha.equals(versions.get(version)) || !ratings(evaluation.get("employees"), "id").equals(exampleRatings.get(sha))) {
            failures.add("evaluation on version " + version + " (" + sha + ") does not agree with it: " + evaluation.get("employees"));
        }
    }

    /** Runs the run month as the HR officer; checks the run against the version it names; answers its id. */
    private long run() {
        JsonNode run = expect(http.post("hr", "/api/periods/" + RUN_PERIOD + "/runs", null), 201).json();
        long id = run.get("id").asLong();
        String sha = run.at("/ruleSet/sha256").asString();
        Map<String, String> expected = runRatings.get(sha);
        if (expected != null) {
            Map<String, String> stored = ratings(expect(http.get("hr", "/api/runs/" + id + "/results?size=500"), 200).json()
                    .get("items"), "employee");
            if (!stored.equals(expected) || !sha.equals(versions.get(run.at("/ruleSet/version").asInt()))) {
                failures.add("run " + id + " on " + run.get("ruleSet") + " does not agree with it: " + stored);
            }
        }
        return id;
    }

    private static Map<String, String> ratings(JsonNode people, String key) {
        Map<String, String> ratings = new java.util.TreeMap<>();
        people.forEach(p -> ratings.put(p.get(key).asString(), p.get("rating").asString()));
        return ratings;
    }

    private static String imports() {
        return "/api/periods/" + IMPORT_PERIOD + "/imports";
    }

    private static String example() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("examples/evaluation-request.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Reply expect(Reply reply, int status) {
        if (reply.status() != status) {
            failures.add("expected " + status + ": " + reply);
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply;
    }

    private void await(Future<?> task) throws Exception {
        try {
            task.get(3, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            failures.add(e.getCause().toString());
        }
    }
}
