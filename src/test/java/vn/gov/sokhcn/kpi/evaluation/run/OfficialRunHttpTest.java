package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.databind.JsonNode;

/**
 * Official runs of a small stored Department over real HTTP. March 2026 (Decree 335; 30 general +
 * 70 task points), worked by hand: E1 30 + 70 × 80% = 86, HTTNV; E2 28 + 70 × 90% = 91, HTXSNV by
 * band but moved to HTTNV by the quota (one HTTNV in the civil servants of SO allows none);
 * E3 30 + 70 = 100 but reprimanded on 10 March, KHTNV; E4 (a public employee who started on 20
 * March: 12 of 31 days, 0.39 months) 30 + 70 = 100, NOT_RATED; unit P1 60 of 50 = 120%, HTXSNV.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OfficialRunHttpTest {
    private static boolean stored;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    RunHttp http;

    @BeforeEach
    void storeTheDepartment() {
        http = new RunHttp(port);
        if (stored) {
            return;
        }
        new ResourceDatabasePopulator(new ClassPathResource("runs/small-department.sql")).execute(dataSource);
        new StoredDepartment(jdbc)
                .criteria("E1", "2026-03", 7.5, 7.5, 7.5, 7.5).personal("E1", "2026-03", "I1", 100, 100, 80)
                .criteria("E2", "2026-03", 7, 7, 7, 7).personal("E2", "2026-03", "I1", 10, 100, 9)
                .criteria("E3", "2026-03", 7.5, 7.5, 7.5, 7.5).personal("E3", "2026-03", "I1", 100, 100, 100)
                .criteria("E4", "2026-03", 7.5, 7.5, 7.5, 7.5).personal("E4", "2026-03", "I1", 100, 100, 100)
                .ofUnit("P1", "2026-03", "I3", 50, 100, 60);
        stored = true;
    }

    @Test
    void shouldEvaluateAStoredMonthAndStoreItsResults() {
        RunHttp.Reply reply = http.post("/api/periods/2026-03/runs");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode run = reply.json();
        assertThat(reply.location()).isEqualTo("/api/runs/" + run.at("/id").asLong());
        assertThat(run.at("/state").asString()).isEqualTo("COMPLETED");
        System.out.println(reply.body());
        System.out.println(http.get("/api/runs/" + run.at("/id").asLong() + "/results").body());
    }
}
