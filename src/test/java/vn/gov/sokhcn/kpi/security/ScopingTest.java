package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.publication.PublishedRows;

/**
 * Whose data each role sees, endpoint by endpoint, on the demo Department with its periods run:
 * «staff» (CB19, an officer of QLKH) only themselves, and their result of a period only once its
 * appraisal cycle is published, «head» (CB17, head of QLKH) the people and units of QLKH, «hr» and
 * «expert» everyone. Refusals are 403 with a Vietnamese reason.
 */
@SpringBootTest(properties = {"kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=true"})
@AutoConfigureMockMvc
class ScopingTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PERIOD = "2026-05";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private Set<String> qlkhPeople;
    private Set<String> everyone;
    private PublishedRows appraisals;

    @BeforeEach
    void knowTheDepartment() {
        qlkhPeople = new TreeSet<>(jdbc.sql("SELECT e.code FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.code = 'QLKH'")
                .query(String.class).list());
        everyone = new TreeSet<>(jdbc.sql("SELECT code FROM employees").query(String.class).list());
        assertThat(qlkhPeople).contains("CB17", "CB19").doesNotContain("CB01");
        appraisals = new PublishedRows(jdbc);
    }

    @Test
    void shouldListOnlyTheEmployeesEachRoleMaySee() throws Exception {
        assertThat(codes(ok("staff", get("/api/employees").param("size", "500")), "code")).containsExactly("CB19");
        assertThat(codes(ok("head", get("/api/employees").param("size", "500")), "code")).isEqualTo(qlkhPeople);
        assertThat(codes(ok("hr", get("/api/employees").param("size", "500")), "code")).isEqualTo(everyone);
        assertThat(codes(ok("expert", get("/api/employees").param("size", "500")), "code")).isEqualTo(everyone);
    }

    @Test
    void shouldShowAPersonAndTheirRecordsOnlyToThemselvesTheirHeadAndHr() throws Exception {
        for (String path : List.of("/api/employees/%s", "/api/employees/%s/competency-assessments",
                "/api/employees/%s/discipline-records", "/api/employees/%s/leave-records", "/api/employees/%s/results")) {
            ok("staff", get(path.formatted("CB19")));
            ok("head", get(path.formatted("CB19")));
            ok("hr", get(path.formatted("CB01")));
            forbidden("staff", get(path.formatted("CB17")), "«CB17»");
            forbidden("head", get(path.formatted("CB01")), "«CB01»");
        }
    }

    @Test
    @Transactional // the appraisal rows that publish the period are rolled back
    void shouldGiveStaffTheirOwnResultsOfEveryPeriodTheRatingOnlyOncePublished() throws Exception {
        appraisals.published(PERIOD, "CB19", "HTNV", "Quyết định trong kiểm thử");
        JsonNode mine = ok("staff", get("/api/employees/CB19/results").param("size", "100"));
        assertThat(mine.path("items").size()).isPositive();
        assertThat(mine.path("total").asLong()).isEqualTo(jdbc.sql("""
                SELECT COUNT(DISTINCT r.period_id) FROM run_results rr JOIN evaluation_runs r ON r.id = rr.run_id
                JOIN employees e ON e.id = rr.employee_id WHERE e.code = 'CB19' AND r.state = 'COMPLETED'""")
                .query(Long.class).single());
        for (JsonNode item : mine.path("items")) {
            boolean published = item.path("period").asString().equals(PERIOD);
            assertThat(item.path("rating").isNull()).as(item.path("period").asString()).isEqualTo(!published);
            assertThat(item.path("note").isNull()).as(item.path("period").asString()).isEqualTo(published);
        }
    }

    @Test
    @Transactional // the appraisal rows that publish the period are rolled back
    void shouldFilterARunsResultsToThePeopleTheUserMaySee() throws Exception {
        long run = ok("hr", get("/api/periods/{code}/runs", PERIOD)).path("items").get(0).path("id").asLong();
        JsonNode own = ok("staff", get("/api/runs/{id}/results", run).param("size", "500"));
        assertThat(codes(own, "employee")).containsExactly("CB19");
        assertThat(own.path("items").get(0).path("reasons").size()).isZero();
        assertThat(own.path("items").get(0).path("note").asString()).isEqualTo("Kết quả kỳ này chưa được công bố");
        appraisals.published(PERIOD, "CB19", "HTNV", "Quyết định trong kiểm thử");
        own = ok("staff", get("/api/runs/{id}/results", run).param("size", "500"));
        assertThat(codes(own, "employee")).containsExactly("CB19");
        assertThat(own.path("items").get(0).path("reasons").size()).isPositive();
        assertThat(codes(ok("head", get("/api/runs/{id}/results", run).param("size", "500")), "employee"))
                .isEqualTo(evaluatedIn(run, "QLKH"));
        assertThat(ok("hr", get("/api/runs/{id}/results", run).param("size", "500")).path("total").asLong())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM run_results WHERE run_id = ? AND employee_id IS NOT NULL")
                        .param(run).query(Long.class).single());
    }

    @Test
    void shouldShowAUnitsResultsOnlyToItsHeadAndHr() throws Exception {
        JsonNode unit = ok("head", get("/api/units/QLKH/results").param("period", PERIOD));
        assertThat(unit.path("unit").path("code").asString()).isEqualTo("QLKH");
        ok("hr", get("/api/units/SO/results").param("period", PERIOD));
        forbidden("head", get("/api/units/SO/results").param("period", PERIOD), "«SO»");
        forbidden("staff", get("/api/units/QLKH/results").param("period", PERIOD), "«QLKH»");
    }

    @Test
    void shouldScopeAssignmentsMeasurementsCriteriaAndWeights() throws Exception {
        for (String list : List.of("/api/assignments", "/api/measurements", "/api/general-criteria")) {
            JsonNode own = ok("staff", get(list).param("period", PERIOD).param("size", "500"));
            assertThat(own.path("items").size()).as(list).isPositive();
            assertThat(codes(own, "employee")).as(list).containsExactly("CB19");
            JsonNode unit = ok("head", get(list).param("period", PERIOD).param("size", "500"));
            for (JsonNode item : unit.path("items")) {
                assertThat(item.path("employee").isNull() ? item.path("unit").asString() : item.path("employee").asString())
                        .as(list).isIn(union(qlkhPeople, "QLKH"));
            }
            assertThat(ok("hr", get(list).param("period", PERIOD).param("size", "1")).path("total").asLong())
                    .as(list).isGreaterThan(unit.path("total").asLong());
        }
        JsonNode weights = ok("staff", get("/api/assignments/weights").param("period", PERIOD));
        for (JsonNode holder : weights.path("unbalanced")) {
            assertThat(holder.path("employee").asString()).isEqualTo("CB19");
        }
    }

    @Test
    void shouldHideSingleAssignmentsMeasurementsAndCriteriaOfOthers() throws Exception {
        long mine = assignmentOf("CB19");
        long theirs = assignmentOf("CB17");
        ok("staff", get("/api/assignments/{id}", mine));
        ok("staff", get("/api/assignments/{id}/measurement", mine));
        ok("staff", get("/api/general-criteria/{period}/{employee}", PERIOD, "CB19"));
        ok("head", get("/api/assignments/{id}", theirs));
        for (MockHttpServletRequestBuilder hidden : List.of(get("/api/assignments/{id}", theirs),
                get("/api/assignments/{id}/measurement", theirs),
                get("/api/general-criteria/{period}/{employee}", PERIOD, "CB17"))) {
            MockHttpServletResponse response = mvc.perform(hidden.with(httpBasic("staff", "demo"))).andReturn().getResponse();
            assertThat(response.getStatus()).as("what staff may not see does not exist for them").isEqualTo(404);
        }
    }

    private long assignmentOf(String employee) {
        return jdbc.sql("""
                SELECT MIN(a.id) FROM assignments a JOIN employees e ON e.id = a.employee_id
                JOIN periods p ON p.id = a.period_id JOIN measurements m ON m.assignment_id = a.id
                WHERE e.code = ? AND p.code = ?""").params(employee, PERIOD).query(Long.class).single();
    }

    @Test
    void shouldKeepOnDemandEvaluationsToTheRolesThatEvaluate() throws Exception {
        for (String user : List.of("staff", "head")) {
            MockHttpServletResponse response = mvc.perform(post("/api/evaluations").with(httpBasic(user, "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("urn:kpi:problem:forbidden").contains("«" + user + "»");
        }
    }

    @Test
    void shouldTellEachUserWhoTheyAre() throws Exception {
        JsonNode me = ok("staff", get("/api/users/me"));
        assertThat(me.path("role").asString()).isEqualTo("EMPLOYEE");
        assertThat(me.path("employee").asString()).isEqualTo("CB19");
        assertThat(me.has("passwordHash")).isFalse();
    }

    private Set<String> evaluatedIn(long run, String unit) {
        return new TreeSet<>(jdbc.sql("""
                SELECT rr.subject_code FROM run_results rr JOIN units u ON u.id = rr.unit_id
                WHERE rr.run_id = ? AND u.code = ? AND rr.employee_id IS NOT NULL""").params(run, unit)
                .query(String.class).list());
    }

    private static Set<String> union(Set<String> codes, String unit) {
        Set<String> all = new TreeSet<>(codes);
        all.add(unit);
        return all;
    }

    private JsonNode ok(String user, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(user + " " + body).isEqualTo(200);
        return JSON.readTree(body);
    }

    private void forbidden(String user, MockHttpServletRequestBuilder request, String naming) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(user + " " + body).isEqualTo(403);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("type").asString()).isEqualTo("urn:kpi:problem:forbidden");
        assertThat(problem.path("detail").asString()).startsWith("Bạn chỉ xem được").contains(naming);
    }

    private static Set<String> codes(JsonNode page, String field) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(item -> codes.add(item.path(field).asString()));
        return new TreeSet<>(codes);
    }
}
