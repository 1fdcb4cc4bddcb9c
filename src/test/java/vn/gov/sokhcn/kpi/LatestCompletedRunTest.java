package vn.gov.sokhcn.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods.OfficialPeriod;

/**
 * "The latest completed run of a period" has one meaning everywhere (the run that finished last; ties
 * by id): on periods where a run with a higher id finished earlier ({@link LatestRunData}), every reader
 * picks the run that finished last. The roll-up of the months (trials' and quarters' inputs) is
 * asserted in {@code evaluation.run.MonthRunsTest}.
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
class LatestCompletedRunTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    LatestRunData data;

    @BeforeEach
    void data() {
        data = new LatestRunData(jdbc);
        data.ensure();
    }

    @Test
    void shouldTellTheTwoMeaningsApartInTheTestData() {
        assertThat(data.late("2061-01")).isLessThan(data.early("2061-01"));
        assertThat(data.late("2061")).isLessThan(data.early("2061"));
    }

    @Test
    void shouldAnswerTheRunThatFinishedLastInThePersonsAndTheUnitsResults() throws Exception {
        JsonNode person = json("/api/employees/LR01/results?size=50");
        Map<String, Long> runs = new java.util.HashMap<>();
        person.get("items").forEach(i -> runs.put(i.get("period").asString(), i.get("runId").asLong()));
        assertThat(runs).containsEntry("2061-01", data.late("2061-01")).containsEntry("2061", data.late("2061"));

        assertThat(json("/api/units/LRA/results?period=2061-01").get("runId").asLong()).isEqualTo(data.late("2061-01"));
    }

    @Test
    void shouldShowTheRunThatFinishedLastOnTheConsoleResultsDashboardAndDataPages() throws Exception {
        assertThat(((OfficialPeriod) model("/results?period=2061-01").get("period")).runId()).isEqualTo(data.late("2061-01"));
        assertThat(((OfficialPeriod) model("/?period=2061").get("period")).runId()).isEqualTo(data.late("2061"));
        assertThat(model("/data?period=2061-01").get("lastRun")).hasFieldOrPropertyWithValue("id", data.late("2061-01"));
    }

    @Test
    void shouldReportTheRunThatFinishedLast() throws Exception {
        JsonNode report = json("/api/reports/summary?from=2061-01&to=2061&unit=LRA");
        Map<String, Long> runs = new java.util.HashMap<>();
        report.get("range").get("periods").forEach(p -> runs.put(p.get("code").asString(), p.get("run").asLong()));
        assertThat(runs).containsEntry("2061-01", data.late("2061-01")).containsEntry("2061", data.late("2061"));
    }

    @Test
    void shouldShareTheBonusAndFlagStaffingOnTheRunThatFinishedLast() throws Exception {
        assertThat(json("/api/bonus?year=2061&agency=LRA").get("yearRun").asLong()).isEqualTo(data.late("2061"));
        // 2060 and the late run of 2061 both rate LR01 HTXSNV; the early run of 2061 rates KHTNV.
        JsonNode flags = json("/api/staffing-flags?year=2061");
        JsonNode lr01 = null;
        for (JsonNode f : flags) {
            if (f.get("employee").asString().equals("LR01")) {
                lr01 = f;
            }
        }
        assertThat(lr01).isNotNull();
        assertThat(lr01.get("flag").asString()).isEqualTo("SUCCESSION_PLAN");
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic("hr", "demo"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    private Map<String, Object> model(String path) throws Exception {
        var result = mvc.perform(get(path).with(httpBasic("hr", "demo")).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getModelAndView().getModel();
    }
}
