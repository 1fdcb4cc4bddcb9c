package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Hot reload: a changed workbook in the folders is activated when it passes; a broken one stays a DRAFT. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"kpi.rules.watch=true", "kpi.rules.auto-activate=true",
        "kpi.rules.watch-quiet-ms=300"})
class RuleFolderWatcherTest {
    static Path root;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        root = Files.createTempDirectory("kpi-rules");
        copy(Path.of("rules"), root.resolve("rules"));
        copy(Path.of("decision-tables"), root.resolve("decision-tables"));
        registry.add("kpi.rules.dir", () -> root.resolve("rules").toString());
        registry.add("kpi.decision-tables.dir", () -> root.resolve("decision-tables").toString());
    }

    @Test
    void shouldActivateAPassingChangeOfTheFoldersAndKeepTheActiveVersionOnAFailingOne() throws Exception {
        RulesetHttp http = new RulesetHttp(port);
        Path workbook = root.resolve("decision-tables").resolve(RuleSetVersionsHttpTest.WORKBOOK);
        for (var changed : RuleSetVersionsHttpTest.raisedBandWithItsTests().entrySet()) {
            Files.write(root.resolve(changed.getKey()), changed.getValue());
        }
        JsonNode two = awaitVersion(http, 2);
        assertThat(two.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(two.get("author").asString()).isEqualTo("thư mục quy tắc");
        assertThat(jdbc.sql("SELECT action || ' ' || actor FROM audit_events WHERE object_type = 'RuleSetVersion' AND object_id = '2' "
                + "ORDER BY id").query(String.class).list()).as("the watcher's own steps in the audit log").containsExactly(
                "RULESET_UPLOADED thư mục quy tắc", "RULESET_VALIDATED thư mục quy tắc", "RULESET_AUTO_ACTIVATED thư mục quy tắc");
        assertThat(jdbc.sql("SELECT detail FROM audit_events WHERE action = 'RULESET_AUTO_ACTIVATED' AND object_id = '2'")
                .query(String.class).single()).as("told apart from a person's activation").isEqualTo("Tự động kích hoạt phiên bản 2 "
                + "từ thay đổi trong thư mục quy tắc (kpi.rules.auto-activate, không qua người kích hoạt); thôi áp dụng phiên bản 1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'RULESET_ACTIVATED' AND object_id = '2'")
                .query(Long.class).single()).isZero();
        assertThat(RuleSetVersionsHttpTest.rating(http.evaluate(RulesetHttp.exampleRequest()).json(), "CB003")).isEqualTo("HTNV");

        Files.write(workbook, RulesetHttp.workbookWith(RuleSetVersionsHttpTest.WORKBOOK, RuleSetVersionsHttpTest.SHEET,
                Map.of("F20", "HTT")));
        JsonNode three = awaitVersion(http, 3);
        assertThat(three.get("state").asString()).isEqualTo("DRAFT");
        assertThat(three.get("problems").get(0).get("location").asString())
                .isEqualTo("decision-tables/xep-loai.drl.xlsx!Khung điểm!F20");
        assertThat(http.get("/api/rulesets/2").json().get("state").asString()).isEqualTo("ACTIVE");
        assertThat(http.evaluate(RulesetHttp.exampleRequest()).json().at("/ruleSet/version").asInt()).isEqualTo(2);
    }

    private static JsonNode awaitVersion(RulesetHttp http, int version) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            RulesetHttp.Reply reply = http.get("/api/rulesets/" + version);
            if (reply.status() == 200 && (version != 2 || reply.json().get("state").asString().equals("ACTIVE"))) {
                return reply.json();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no version " + version + " after 120 s");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
