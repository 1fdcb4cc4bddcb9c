package vn.gov.sokhcn.kpi.appraisal.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publication as staff see it, on the demo Department with its periods run (the shared demo context):
 * staff («staff», CB19 of QLKH) read nothing of a period before its cycle is published; HR and heads
 * read the proposal and the decision side by side; after publication the person reads their decision
 * with its reasons and the agency the published list. Appraisal rows are written directly, each test
 * rolled back.
 */
@SpringBootTest(properties = {"kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=true"})
@AutoConfigureMockMvc
@Transactional
class PublicationHttpTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PERIOD = "2026-05";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PublishedRows rows;
    String proposed;
    String other;
    long run;

    @BeforeEach
    void knowTheProposal() {
        rows = new PublishedRows(jdbc);
        run = jdbc.sql("SELECT l.run_id FROM latest_completed_runs l JOIN periods p ON p.id = l.period_id WHERE p.code = ?")
                .param(PERIOD).query(Long.class).single();
        proposed = jdbc.sql("SELECT rr.rating FROM run_results rr WHERE rr.run_id = ? AND rr.subject_code = 'CB19'")
                .param(run).query(String.class).single();
        other = "HTNV".equals(proposed) ? "HTTNV" : "HTNV";
    }


    @Test
    void shouldHideRatingScoreAndReasonsFromStaffWhileNoCycleIsPublished() throws Exception {
        JsonNode mine = ok("staff", get("/api/employees/CB19/results").param("size", "100"));
        JsonNode may = period(mine, PERIOD);
        assertThat(may.path("note").asString()).isEqualTo("Kết quả kỳ này chưa được công bố");
        assertThat(may.path("rating").isNull()).isTrue();
        assertThat(may.path("score").isNull()).isTrue();
        assertThat(may.path("decided").isNull()).isTrue();

        JsonNode own = ok("staff", get("/api/runs/{id}/results", run)).path("items").get(0);
        assertThat(own.path("employee").asString()).isEqualTo("CB19");
        assertThat(own.path("note").asString()).isEqualTo("Kết quả kỳ này chưa được công bố");
        assertThat(own.path("rating").isNull()).isTrue();
        assertThat(own.path("ratingLabel").isNull()).isTrue();
        assertThat(own.path("score").isNull()).isTrue();
        assertThat(own.path("taskScore").isNull()).isTrue();
        assertThat(own.path("reasons").size()).isZero();
        assertThat(own.path("achievements").size()).isZero();
        // Nor through the rating filter.
        assertThat(ok("staff", get("/api/runs/{id}/results", run).param("rating", proposed)).path("total").asLong()).isZero();

        // A cycle decided but not yet published hides it just the same.
        long cycle = rows.cycle(PERIOD, "CB19");
        rows.decision(rows.appraisal(cycle, "CB19", "DECIDED"), other, "Kết quả công việc quý 2 chưa đạt yêu cầu", "DECISION",
                null, "director");
        assertThat(ok("staff", get("/api/runs/{id}/results", run)).path("items").get(0).path("note").asString())
                .isEqualTo("Kết quả kỳ này chưa được công bố");
        assertThat(period(ok("staff", get("/api/employees/CB19/results").param("size", "100")), PERIOD).path("rating").isNull())
                .isTrue();
    }

    @Test
    void shouldShowStaffTheirDecisionWithReasonsOncePublished() throws Exception {
        long appraisal = rows.published(PERIOD, "CB19", other, "Kết quả công việc quý 2 chưa đạt yêu cầu");
        JsonNode own = ok("staff", get("/api/runs/{id}/results", run)).path("items").get(0);
        assertThat(own.path("note").isNull()).isTrue();
        assertThat(own.path("rating").asString()).isEqualTo(proposed);
        assertThat(own.path("reasons").size()).isPositive();
        JsonNode decided = own.path("decided");
        assertThat(decided.path("rating").asString()).isEqualTo(other);
        assertThat(decided.path("reason").asString()).isEqualTo("Kết quả công việc quý 2 chưa đạt yêu cầu");
        assertThat(decided.path("decidedBy").asString()).isEqualTo("director");
        assertThat(decided.path("published").asBoolean()).isTrue();
        assertThat(decided.path("appraisalId").asLong()).isEqualTo(appraisal);
        assertThat(decided.path("decisionId").asLong()).isEqualTo(jdbc.sql(
                "SELECT id FROM appraisal_decisions WHERE appraisal_id = ?").param(appraisal).query(Long.class).single());

        JsonNode may = period(ok("staff", get("/api/employees/CB19/results").param("size", "100")), PERIOD);
        assertThat(may.path("rating").asString()).isEqualTo(proposed);
        assertThat(may.path("decided").path("rating").asString()).isEqualTo(other);
        assertThat(may.path("note").isNull()).isTrue();
        // Another period, with no cycle at all, stays hidden.
        JsonNode mine = ok("staff", get("/api/employees/CB19/results").param("size", "100"));
        for (JsonNode item : mine.path("items")) {
            if (!item.path("period").asString().equals(PERIOD)) {
                assertThat(item.path("note").asString()).as(item.path("period").asString())
                        .isEqualTo("Kết quả kỳ này chưa được công bố");
            }
        }
    }

    @Test
    void shouldShowHrAndHeadsTheProposalAndTheDecisionSideBySideBeforePublication() throws Exception {
        long cycle = rows.cycle(PERIOD, "CB19");
        rows.decision(rows.appraisal(cycle, "CB19", "DECIDED"), other, "Chưa hoàn thành đề tài đúng hạn", "DECISION",
                null, "director");
        for (String user : new String[] {"hr", "head", "expert", "admin"}) {
            JsonNode cb19 = item(ok(user, get("/api/runs/{id}/results", run).param("size", "500")), "CB19");
            assertThat(cb19.path("rating").asString()).as(user).isEqualTo(proposed);
            assertThat(cb19.path("score").isNull()).as(user).isFalse();
            assertThat(cb19.path("decided").path("rating").asString()).as(user).isEqualTo(other);
            assertThat(cb19.path("decided").path("published").asBoolean()).as(user).isFalse();
            assertThat(cb19.path("decided").path("reason").asString()).as(user).isEqualTo("Chưa hoàn thành đề tài đúng hạn");
        }
        JsonNode unit = ok("head", get("/api/units/QLKH/results").param("period", PERIOD));
        JsonNode cb19 = null;
        for (JsonNode e : unit.path("employees")) {
            cb19 = e.path("employee").asString().equals("CB19") ? e : cb19;
        }
        assertThat(cb19.path("decided").path("rating").asString()).isEqualTo(other);
        // Someone not decided yet has decided: null beside their proposal.
        JsonNode cb17 = item(ok("hr", get("/api/runs/{id}/results", run).param("size", "500")), "CB17");
        assertThat(cb17.path("decided").isNull()).isTrue();
        assertThat(cb17.path("rating").asString()).isNotBlank();
        JsonNode hrPeriod = period(ok("hr", get("/api/employees/CB19/results").param("size", "100")), PERIOD);
        assertThat(hrPeriod.path("rating").asString()).isEqualTo(proposed);
        assertThat(hrPeriod.path("decided").path("rating").asString()).isEqualTo(other);
    }

    static JsonNode period(JsonNode page, String period) {
        for (JsonNode item : page.path("items")) {
            if (item.path("period").asString().equals(period)) {
                return item;
            }
        }
        throw new AssertionError("no period " + period + " in " + page);
    }

    static JsonNode item(JsonNode page, String employee) {
        for (JsonNode item : page.path("items")) {
            if (item.path("employee").asString().equals(employee)) {
                return item;
            }
        }
        throw new AssertionError("no " + employee + " in " + page);
    }

    JsonNode ok(String user, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(user + " " + body).isEqualTo(200);
        return JSON.readTree(body);
    }
}
