package vn.gov.sokhcn.kpi.appraisal.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * {@code GET /api/work-list} and the console's «Việc cần làm»: what waits for each user, by their role and employee,
 * with deadlines and whether they passed. Agency WA (director WA01, WB01 head of WA-P, officers WA02 and WA03 of WA-P,
 * WX01 of WA-X) written with SQL; each test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WorkListTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate PAST = LocalDate.now().minusDays(3);
    static final LocalDate SOON = LocalDate.now().plusDays(10);
    static final LocalDate LATER = LocalDate.now().plusDays(20);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    AppraisalRows rows;
    long run;

    @BeforeEach
    void agency() {
        jdbc.sql("INSERT INTO units (code, name, agency) VALUES ('WA', 'Cơ quan WA', TRUE)").update();
        for (String unit : List.of("WA-P", "WA-X")) {
            jdbc.sql("INSERT INTO units (code, name, parent_id) VALUES (?, ?, (SELECT id FROM units WHERE code = 'WA'))")
                    .params(unit, "Phòng " + unit).update();
        }
        person("WA01", "WA", "DIRECTOR");
        person("WB01", "WA-P", "HEAD");
        person("WA02", "WA-P", "NONE");
        person("WA03", "WA-P", "NONE");
        person("WX01", "WA-X", "NONE");
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES ('2047', 'YEAR', ?, ?)")
                .params(LocalDate.of(2047, 1, 1), LocalDate.of(2047, 12, 31)).update();
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, started_by, started_at, finished_at)
                VALUES ((SELECT id FROM periods WHERE code = '2047'), 'COMPLETED', 'hr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .update();
        run = jdbc.sql("SELECT MAX(id) FROM evaluation_runs").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO run_results (run_id, employee_id, unit_id, subject_code, subject_name, score, rating, details)
                SELECT ?, id, unit_id, code, full_name, 80, 'HTTNV', '{}' FROM employees WHERE code IN ('WA01', 'WB01', 'WA02', 'WA03', 'WX01')""")
                .param(run).update();
        rows = new AppraisalRows(jdbc);
    }

    private void person(String code, String unit, String leadership) {
        jdbc.sql("""
                INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
                VALUES (?, ?, (SELECT id FROM units WHERE code = ?), 'CIVIL_SERVANT', ?, ?)""")
                .params(code, "Cán bộ " + code, unit, leadership, LocalDate.of(2010, 1, 1)).update();
    }

    static RequestPostProcessor as(Role role, String employee) {
        return user(new KpiPrincipal(role.name().toLowerCase() + "-" + employee, "x", role, employee, true));
    }

    private JsonNode workList(RequestPostProcessor as) throws Exception {
        var response = mvc.perform(get("/api/work-list").with(as)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return JSON.readTree(body);
    }

    private static List<String> summary(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("kind").asString() + " " + (i.get("employee").isNull() ? "-" : i.get("employee").asString())
                + " " + i.get("due").asString() + (i.get("overdue").asBoolean() ? " quá hạn" : "")));
        return out;
    }

    private long cycle(String agency, LocalDate selfDue, LocalDate reviewDue, LocalDate decisionDue) {
        return rows.cycle("2047", agency, run, selfDue, reviewDue, decisionDue);
    }

    @Test
    void shouldListAPersonsOwnSelfAssessmentWithItsDeadlineAndNothingOfOthers() throws Exception {
        long cycle = cycle("WA", PAST, SOON, LATER);
        long own = rows.appraisal(cycle, "WA03", "SELF_ASSESSMENT");
        rows.appraisal(cycle, "WA02", "SELF_ASSESSMENT");

        JsonNode items = workList(as(Role.EMPLOYEE, "WA03"));

        assertThat(summary(items)).containsExactly("SELF_ASSESSMENT WA03 " + PAST + " quá hạn");
        JsonNode item = items.get(0);
        assertThat(item.get("label").asString()).isEqualTo("Tự đánh giá");
        assertThat(item.get("appraisalId").asLong()).isEqualTo(own);
        assertThat(item.get("cycleId").asLong()).isEqualTo(cycle);
        assertThat(item.get("name").asString()).isEqualTo("Cán bộ WA03");
        assertThat(item.get("period").asString()).isEqualTo("2047");
        assertThat(item.get("link").asString()).isEqualTo("/appraisals/" + own);
        assertThat(workList(as(Role.EMPLOYEE, "WX01"))).isEmpty();
    }

    @Test
    void shouldListTheReviewsOfTheHeadsUnitOnceSelfAssessedOrPastTheSelfAssessmentDate() throws Exception {
        long open = cycle("WA", SOON, LATER, LATER);
        rows.appraisal(open, "WA02", "UNIT_REVIEW");
        rows.appraisal(open, "WA03", "SELF_ASSESSMENT"); // may still self-assess: not yet the head's
        rows.appraisal(open, "WX01", "UNIT_REVIEW");     // another unit
        long late = rows.cycle("2047", "WA-X", run, PAST, PAST, LATER);
        rows.appraisal(late, "WB01", "SELF_ASSESSMENT");  // the head's own appraisal, its date passed: to review

        assertThat(summary(workList(as(Role.UNIT_HEAD, "WB01")))).containsExactly(
                "SELF_ASSESSMENT WB01 " + PAST + " quá hạn", "UNIT_REVIEW WB01 " + PAST + " quá hạn", "UNIT_REVIEW WA02 " + LATER);
    }

    @Test
    void shouldListDecisionsAndComplaintsForTheCompetentPersonAndTheSuperiorAgencysForHr() throws Exception {
        long cycle = cycle("WA", PAST, PAST, SOON);
        rows.appraisal(cycle, "WA02", "DECISION", "HEAD_OF_AGENCY", "WA01");
        rows.appraisal(cycle, "WA01", "DECISION", "SUPERIOR_AGENCY", null);
        long wa03 = rows.appraisal(cycle, "WA03", "DECISION", "HEAD_OF_AGENCY", "WA01");
        rows.decide(wa03, "HTTNV", null, null);
        long complaint = rows.complain(wa03, "employee-WA03", PAST);

        JsonNode director = workList(as(Role.UNIT_HEAD, "WA01"));
        assertThat(summary(director)).containsExactly("COMPLAINT_RESOLUTION WA03 " + PAST + " quá hạn", "DECISION WA02 " + SOON);
        assertThat(director.get(0).get("complaintId").asLong()).isEqualTo(complaint);
        assertThat(director.get(0).get("label").asString()).isEqualTo("Giải quyết khiếu nại");
        assertThat(summary(workList(as(Role.HR_OFFICER, null)))).containsExactly("DECISION WA01 " + SOON);
        assertThat(summary(workList(as(Role.EMPLOYEE, "WA03")))).containsExactly("OWN_COMPLAINT WA03 " + PAST + " quá hạn");
        assertThat(workList(as(Role.EXPERT, null))).isEmpty();
    }

    @Test
    void shouldListForHrTheCyclesWhoseEveryAppraisalIsDecided() throws Exception {
        long ready = cycle("WA", PAST, PAST, SOON);
        rows.decide(rows.appraisal(ready, "WA02", "DECISION"), "HTTNV", null, null);
        rows.decide(rows.appraisal(ready, "WA03", "DECISION"), "HTTNV", null, null);
        long notReady = rows.cycle("2047", "WA-X", run, PAST, PAST, SOON);
        rows.appraisal(notReady, "WX01", "DECISION");

        JsonNode items = workList(as(Role.HR_OFFICER, null));

        assertThat(summary(items)).containsExactly("PUBLICATION WA " + SOON);
        assertThat(items.get(0).get("cycleId").asLong()).isEqualTo(ready);
        assertThat(items.get(0).get("link").asString()).isEqualTo("/appraisal-cycles/" + ready);
        rows.publish(ready);
        assertThat(workList(as(Role.HR_OFFICER, null))).isEmpty();
    }

    @Test
    void shouldRefuseAnAnonymousCaller() throws Exception {
        assertThat(mvc.perform(get("/api/work-list")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void shouldShowTheWorkListOnTheConsoleStartPage() throws Exception {
        long cycle = cycle("WA", PAST, SOON, LATER);
        rows.appraisal(cycle, "WA03", "SELF_ASSESSMENT");

        String page = mvc.perform(get("/").with(as(Role.EMPLOYEE, "WA03"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<h2>Việc cần làm</h2>", "<td>Tự đánh giá</td>", "<td>Cán bộ WA03</td>", "<td>2047</td>",
                "quá hạn", "href=\"/appraisals/");
        String empty = mvc.perform(get("/").with(as(Role.EMPLOYEE, "WX01"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).doesNotContain("Việc cần làm");
    }
}
