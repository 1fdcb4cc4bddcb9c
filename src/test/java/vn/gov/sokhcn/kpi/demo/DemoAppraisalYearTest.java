package vn.gov.sokhcn.kpi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo year 2026 of the Department taken through the appraisal procedure at the first start
 * ({@code kpi.demo-data.appraisal=true}): the cycle's exact state, the decision that differs from the
 * proposal, the tie at the quota cut decided by the Director, the complaint upheld, the bonus from the
 * decisions, and the month left open for the work lists.
 */
@SpringBootTest(properties = {"kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=true", "kpi.demo-data.appraisal=true"})
@AutoConfigureMockMvc
class DemoAppraisalYearTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void shouldRunTheClosedYearAndPublishItsCycleWithEveryStepCounted() throws Exception {
        assertThat(jdbc.sql("""
                SELECT p.code FROM evaluation_runs r JOIN periods p ON p.id = r.period_id
                WHERE r.state = 'COMPLETED' AND r.started_by = 'dữ liệu mẫu' AND p.code IN ('2026-12', '2026-Q4', '2026')
                ORDER BY r.id""").query(String.class).list()).containsExactly("2026-12", "2026-Q4", "2026");
        mvc.perform(get("/api/appraisal-cycles/" + cycle("2026")).with(httpBasic("hr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.openedBy").value("hr"))
                .andExpect(jsonPath("$.publishedBy").value("hr"))
                .andExpect(jsonPath("$.counts.PUBLISHED").value(40))
                .andExpect(jsonPath("$.counts.RESOLVED").value(1))
                .andExpect(jsonPath("$.lateSelfAssessments").value(3))
                .andExpect(jsonPath("$.missingSelfAssessments").value(1))
                .andExpect(jsonPath("$.tiesPending").value(0))
                .andExpect(jsonPath("$.appraisals.length()").value(41))
                .andExpect(jsonPath("$.appraisals[?(@.lateSelfAssessment == true)].employee",
                        Matchers.containsInAnyOrder("CB14", "CB35", "CB41")))
                .andExpect(jsonPath("$.appraisals[?(@.selfAssessed == false)].employee").value(Matchers.contains("CB22")));
        assertThat(actors("APPRAISAL_UNIT_REVIEWED")).containsExactlyInAnyOrder("hr", "director", "head", "CB05", "CB12", "CB24",
                "CB30", "CB36");
        assertThat(actors("APPRAISAL_SELF_ASSESSED")).contains("staff", "head", "director", "CB20");
        assertThat(actors("APPRAISAL_CYCLE_PUBLISHED")).containsExactly("hr");
    }

    @Test
    void shouldDecideOneRatingAboveItsProposalWithTheDirectorsWrittenReason() {
        Map<String, Object> cb38 = decision("CB38");
        assertThat(cb38).containsEntry("rating", "HTTNV").containsEntry("proposed_rating", "HTNV")
                .containsEntry("decided_by", "director").containsEntry("cause", "DECISION");
        assertThat((String) cb38.get("reason")).startsWith("Đồng chí chủ trì xây dựng cơ sở dữ liệu chuyên ngành");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM latest_decisions d JOIN appraisals a ON a.id = d.appraisal_id
                WHERE a.cycle_id = ? AND d.rating <> d.proposed_rating""").param(cycle("2026")).query(Long.class).single())
                .as("CB38, and CB29 of the tie").isEqualTo(2);
        Map<String, Object> director = decision("CB01");
        assertThat(director).containsEntry("rating", "KHTNV").containsEntry("decided_by", "hr");
        assertThat(jdbc.sql("""
                SELECT d.superior_decision_no FROM appraisal_decisions d JOIN appraisals a ON a.id = d.appraisal_id
                JOIN employees e ON e.id = a.employee_id WHERE e.code = 'CB01' AND a.cycle_id = ?""").param(cycle("2026"))
                .query(String.class).single()).isEqualTo("Quyết định số 2468/QĐ-UBND của Ủy ban nhân dân tỉnh");
    }

    @Test
    void shouldSendTheYearsTieAtTheQuotaCutToTheDirectorWhoDecidesItWithAReason() throws Exception {
        for (String code : List.of("CB21", "CB29")) {
            JsonNode details = JSON.readTree(jdbc.sql("""
                    SELECT r.details FROM run_results r JOIN employees e ON e.id = r.employee_id
                    WHERE r.run_id = (SELECT run_id FROM appraisal_cycles WHERE id = ?) AND e.code = ?""")
                    .params(cycle("2026"), code).query(String.class).single());
            assertThat(details.path("quotaTie").asBoolean()).as(code).isTrue();
            assertThat(jdbc.sql("""
                    SELECT a.tie_at_quota_cut FROM appraisals a JOIN employees e ON e.id = a.employee_id
                    WHERE a.cycle_id = ? AND e.code = ?""").params(cycle("2026"), code).query(Boolean.class).single()).isTrue();
        }
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM appraisals a JOIN appraisal_cycles c ON c.id = a.cycle_id
                JOIN periods p ON p.id = c.period_id WHERE p.code = '2026' AND a.tie_at_quota_cut""").query(Long.class).single())
                .isEqualTo(2);
        assertThat(decision("CB21")).containsEntry("rating", "HTXSNV").containsEntry("decided_by", "director");
        Map<String, Object> cb29 = decision("CB29");
        assertThat(cb29).containsEntry("rating", "HTTNV").containsEntry("proposed_rating", "HTXSNV")
                .containsEntry("decided_by", "director");
        assertThat((String) cb29.get("reason")).contains("Bằng điểm với đồng chí Vũ Đình Khoa (CB21) ở mọi tiêu chí phụ");
    }

    @Test
    void shouldUpholdOneComplaintWithANewDecisionReplacingTheOneComplainedOf() {
        Map<String, Object> complaint = jdbc.sql("""
                SELECT c.state, c.filed_by, c.resolved_by, c.new_decision_id, e.code
                FROM appraisal_complaints c JOIN appraisals a ON a.id = c.appraisal_id JOIN employees e ON e.id = a.employee_id
                """).query().singleRow();
        assertThat(complaint).containsEntry("STATE", "UPHELD").containsEntry("FILED_BY", "staff")
                .containsEntry("RESOLVED_BY", "director").containsEntry("CODE", "CB19");
        Map<String, Object> latest = decision("CB19");
        assertThat(latest).containsEntry("rating", "HTTNV").containsEntry("cause", "COMPLAINT_UPHELD")
                .containsEntry("decided_by", "director");
        assertThat(((Number) latest.get("decision_id")).longValue()).isEqualTo(((Number) complaint.get("NEW_DECISION_ID")).longValue());
        assertThat(jdbc.sql("""
                SELECT o.rating FROM appraisal_decisions n JOIN appraisal_decisions o ON o.id = n.replaces_id
                WHERE n.id = ?""").param(latest.get("decision_id")).query(String.class).single()).isEqualTo("HTNV");
    }

    @Test
    void shouldPayTheYearsBonusByTheDecisionsWithSharesAddingUpToTheFund() throws Exception {
        String body = mvc.perform(get("/api/bonus").param("year", "2026").param("agency", "SO").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").value(41))
                .andExpect(jsonPath("$.shares[?(@.ratingSource != 'DECISION')]").isEmpty())
                .andExpect(jsonPath("$.shares[?(@.employee == 'CB38')].rating").value(Matchers.contains("HTTNV")))
                .andExpect(jsonPath("$.shares[?(@.employee == 'CB38')].proposedRating").value(Matchers.contains("HTNV")))
                .andExpect(jsonPath("$.shares[?(@.employee == 'CB19')].rating").value(Matchers.contains("HTTNV")))
                .andExpect(jsonPath("$.shares[?(@.employee == 'CB29')].rating").value(Matchers.contains("HTTNV")))
                .andReturn().getResponse().getContentAsString();
        JsonNode bonus = JSON.readTree(body);
        long sum = 0;
        for (JsonNode share : bonus.path("shares")) {
            sum += share.path("amount").asLong();
        }
        assertThat(sum).isEqualTo(bonus.path("fund").asLong()).isPositive();
        assertThat(bonus.path("shares").get(0).path("reasons").get(0).path("message").asText()).contains("theo quyết định");
    }

    @Test
    void shouldRaiseTheYearsStaffingFlagsFromTheDecisions() throws Exception {
        // KHTNV for one year (the Department's leaders, CB26, CB32): «xem xét bố trí công tác khác», by the decision
        mvc.perform(get("/api/staffing-flags").param("year", "2026").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].employee", Matchers.containsInAnyOrder("CB01", "CB02", "CB03", "CB04", "CB26", "CB32",
                        "CB52", "CB53")))
                .andExpect(jsonPath("$[?(@.employee == 'CB32')].years[0].ratingSource").value(Matchers.contains("DECISION")))
                .andExpect(jsonPath("$[?(@.employee == 'CB52')].years[0].ratingSource").value(Matchers.contains("RUN")));
    }

    @Test
    void shouldLeaveNovembersCycleOpenSoTheWorkListsHaveItems() throws Exception {
        mvc.perform(get("/api/appraisal-cycles/" + cycle("2026-11")).with(httpBasic("hr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.counts.UNIT_REVIEW").value(2))
                .andExpect(jsonPath("$.counts.SELF_ASSESSMENT").value(39));
        mvc.perform(get("/api/work-list").with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'SELF_ASSESSMENT')].period").value(Matchers.contains("2026-11")));
        mvc.perform(get("/api/work-list").with(httpBasic("head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'UNIT_REVIEW')].employee", Matchers.containsInAnyOrder("CB18", "CB21")));
    }

    private long cycle(String period) {
        return jdbc.sql("""
                SELECT c.id FROM appraisal_cycles c JOIN periods p ON p.id = c.period_id JOIN units u ON u.id = c.agency_id
                WHERE p.code = ? AND u.code = 'SO'""").param(period).query(Long.class).single();
    }

    private Map<String, Object> decision(String code) {
        return jdbc.sql("""
                SELECT d.decision_id, d.rating, d.proposed_rating, d.reason, d.cause, d.decided_by
                FROM latest_decisions d JOIN employees e ON e.id = d.employee_id JOIN periods p ON p.id = d.period_id
                WHERE p.code = '2026' AND e.code = ?""").param(code).query().singleRow().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue() == null ? "" : e.getValue()));
    }

    private List<String> actors(String action) {
        return jdbc.sql("SELECT DISTINCT actor FROM audit_events WHERE action = ?").param(action).query(String.class).list();
    }
}
