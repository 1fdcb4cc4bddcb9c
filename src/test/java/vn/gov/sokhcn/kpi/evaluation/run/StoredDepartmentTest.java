package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;

/**
 * The application with the small Department of {@code runs/small-department.sql} stored once, in a
 * database of its own: the property below gives these tests a context (and a database) that no
 * other test class shares. Months (general criteria, assignments, measurements):
 * January and February: E1 30 + 90/100, E2 28 + 10/10 (7 days of sick leave in February), E3 30 +
 * 100/100; unit P1 50 then 55 of a target of 50. March: E1 30 + 80/100, E2 28 + 9/10, E3 30 + 100/100
 * (reprimanded on 10 March), E4 30 + 100/100 (started on 20 March); unit P1 60 of 50. April and May: everyone
 * 80/100, but in April E1 has no general criteria and in May E1's weights total 90.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "kpi.test.database=stored-department")
abstract class StoredDepartmentTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ActiveRuleSet ruleSet;

    RunHttp http;

    @BeforeEach
    void storeTheDepartmentOnce() {
        http = new RunHttp(port);
        if (jdbc.sql("SELECT COUNT(*) FROM units").query(Long.class).single() > 0) {
            return;
        }
        new ResourceDatabasePopulator(new ClassPathResource("runs/small-department.sql")).execute(dataSource);
        StoredDepartment d = new StoredDepartment(jdbc);
        for (String month : List.of("2026-01", "2026-02")) {
            d.criteria("E1", month, 7.5, 7.5, 7.5, 7.5).personal("E1", month, "I1", 100, 100, 90)
                    .criteria("E2", month, 7, 7, 7, 7).personal("E2", month, "I1", 10, 100, 10)
                    .criteria("E3", month, 7.5, 7.5, 7.5, 7.5).personal("E3", month, "I1", 100, 100, 100);
        }
        d.ofUnit("P1", "2026-01", "I3", 50, 100, 50).ofUnit("P1", "2026-02", "I3", 50, 100, 55);
        d.criteria("E1", "2026-03", 7.5, 7.5, 7.5, 7.5).personal("E1", "2026-03", "I1", 100, 100, 80)
                .criteria("E2", "2026-03", 7, 7, 7, 7).personal("E2", "2026-03", "I1", 10, 100, 9)
                .criteria("E3", "2026-03", 7.5, 7.5, 7.5, 7.5).personal("E3", "2026-03", "I1", 100, 100, 100)
                .criteria("E4", "2026-03", 7.5, 7.5, 7.5, 7.5).personal("E4", "2026-03", "I1", 100, 100, 100)
                .ofUnit("P1", "2026-03", "I3", 50, 100, 60);
        for (String e : List.of("E2", "E3", "E4")) {
            d.criteria(e, "2026-04", 7, 7, 7, 7).personal(e, "2026-04", "I1", 100, 100, 80)
                    .criteria(e, "2026-05", 7, 7, 7, 7).personal(e, "2026-05", "I1", 100, 100, 80);
        }
        d.personal("E1", "2026-04", "I1", 100, 100, 80);
        d.criteria("E1", "2026-05", 7.5, 7.5, 7.5, 7.5).personal("E1", "2026-05", "I1", 100, 60, 80)
                .personal("E1", "2026-05", "I2", 1, 30, 1);
    }

    long run(String period) {
        RunHttp.Reply reply = http.post("/api/periods/" + period + "/runs");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().at("/id").asLong();
    }

    JsonNode resultOf(long runId, String employee) {
        JsonNode items = http.get("/api/runs/" + runId + "/results?size=100").json().at("/items");
        return StreamSupport.stream(items.spliterator(), false).filter(i -> i.at("/employee").asString().equals(employee))
                .findFirst().orElseThrow();
    }

    long resultCount(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM run_results WHERE run_id = :id").param("id", runId).query(Long.class).single();
    }
}
