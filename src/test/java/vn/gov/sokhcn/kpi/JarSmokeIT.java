package vn.gov.sokhcn.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged application as it is deployed: {@code java -jar} on the built jar, once from the
 * repository root (rules read from ./rules and ./decision-tables) and once from an empty folder
 * (the copy packed in the jar under kpi-ruleset/ must be used). Each evaluates the example request.
 * An in-memory database keeps both runs from creating ./data. Run by failsafe after package.
 */
class JarSmokeIT {
    // Starting compiles the whole rule set; on a busy 2-core machine that alone has taken 40 s.
    private static final Duration STARTUP = Duration.ofSeconds(300);
    private static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();

    @Test
    void shouldEvaluateTheExampleWhenStartedFromTheRepositoryRoot() throws Exception {
        assertThat(BASE.resolve("rules")).isDirectory();
        smoke(BASE, "repository-root");
    }

    @Test
    void shouldEvaluateTheExampleWithThePackedRulesWhenStartedElsewhere(@TempDir Path emptyFolder) throws Exception {
        assertThat(emptyFolder.resolve("rules")).doesNotExist();
        smoke(emptyFolder, "empty-folder");
        assertThat(emptyFolder.resolve("data")).as("the in-memory database leaves no files").doesNotExist();
    }

    private static void smoke(Path workingDirectory, String label) throws Exception {
        Path jar = RunningJar.builtJar(BASE.resolve("target"));
        try (RunningJar app = RunningJar.start(jar, workingDirectory, BASE.resolve("target/jar-smoke/" + label + ".log"),
                "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:mem:smoke")) {
            app.awaitUp(STARTUP);
            HttpResponse<String> stranger = app.anonymousGet("/api/employees");
            assertThat(stranger.statusCode()).as("no credentials, no data").isEqualTo(401);
            assertThat(stranger.body()).contains("urn:kpi:problem:unauthenticated");
            HttpResponse<String> response = app.postJson("/api/evaluations",
                    Files.readAllBytes(BASE.resolve("examples/evaluation-request.json")));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode result = RunningJar.json(response.body());
            assertThat(result.path("regime").asString()).isEqualTo("DECREE_335");
            assertThat(result.path("employees")).hasSize(5);
            // CB003: tasks 6/8 done = 75%, quality (5 − 1 × 25%)/8 = 59.375%, progress (4 + 2 × 75%)/8 = 68.75%,
            // mean 67.708% of 70 points = 47.40, plus general 7 + 7 + 6.5 + 7 = 27.5: 74.90, band HTTNV.
            assertEmployee(result, "CB003", "74.90", "HTTNV");
            // CB004 scores 70 + 28 but is disciplined: KHTNV whatever the score.
            assertEmployee(result, "CB004", "98.00", "KHTNV");
            // CB001 (head of QLKH, 110% of target, general 29.5) scores 99.50, HTXSNV by band, but the
            // agency's quota (20% of 2 HTTNV = 0) moves both HTXSNV people down to HTTNV.
            assertEmployee(result, "CB001", "99.50", "HTTNV");
        }
    }

    private static void assertEmployee(JsonNode result, String id, String score, String rating) {
        JsonNode employee = null;
        for (JsonNode e : result.path("employees")) {
            if (id.equals(e.path("id").asString())) {
                employee = e;
            }
        }
        assertThat(employee).as("employee %s in the response", id).isNotNull();
        assertThat(employee.path("score").decimalValue()).as("score of %s", id).isEqualByComparingTo(new BigDecimal(score));
        assertThat(employee.path("rating").asString()).as("rating of %s", id).isEqualTo(rating);
    }
}
