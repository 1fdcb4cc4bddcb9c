package vn.gov.sokhcn.kpi.outcome.training;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.outcome.OutcomeData;

/**
 * Training needs from competency gaps (decision-tables/nhan-su.drl.xlsx, «Nhu cầu đào tạo»): the
 * position NS-POS requires NS-C1 at 4, NS-C2 at 3, NS-C3 at 2; {@link OutcomeData} assesses NS01 at
 * 1, 2, 2 and NS02's NS-C1 at 3 then (later) 4 and NS-C2 at 1.
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
class TrainingPlanTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RULE = "Nhu cầu đào tạo khi năng lực thấp hơn yêu cầu của vị trí";
    private static final String ROW = "decision-tables/nhan-su.drl.xlsx!Nhu cầu đào tạo!B11";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void data() {
        new OutcomeData(jdbc).ensure();
    }

    @Test
    void shouldRankAPersonsNeedsByGapLeavingOutGapsBelowTheThreshold() throws Exception {
        JsonNode plan = json(ok("hr", get("/api/employees/NS01/training-plan")));

        assertThat(plan).isEqualTo(JSON.readTree("""
                {"employee":"NS01","name":"Cán bộ NS01","unit":"NSU","needs":[%s,%s]}"""
                .formatted(need("NS-C1", "Phân tích chính sách", 4, 1), need("NS-C2", "Ngoại ngữ", 3, 2))));
    }

    @Test
    void shouldUseTheLatestAssessment() throws Exception {
        JsonNode plan = json(ok("hr", get("/api/employees/NS02/training-plan")));

        assertThat(plan.get("needs")).isEqualTo(JSON.readTree("[" + need("NS-C2", "Ngoại ngữ", 3, 1) + "]"));
        assertThat(json(ok("hr", get("/api/employees/NS03/training-plan"))).get("needs")).isEmpty();
    }

    @Test
    void shouldAggregateAUnitsNeedsPerCompetencyRankedByLargestGap() throws Exception {
        JsonNode plan = json(ok("hr", get("/api/training-plan").param("unit", "NSU")));

        assertThat(plan).isEqualTo(JSON.readTree("""
                {"unit":"NSU","name":"Tổ nhân sự thử","needs":[
                  {"competency":"NS-C1","competencyName":"Phân tích chính sách","people":1,"largestGap":3,
                   "employees":[{"employee":"NS01","name":"Cán bộ NS01","required":4,"assessed":1,"gap":3}]},
                  {"competency":"NS-C2","competencyName":"Ngoại ngữ","people":2,"largestGap":2,
                   "employees":[{"employee":"NS02","name":"Cán bộ NS02","required":3,"assessed":1,"gap":2},
                                {"employee":"NS01","name":"Cán bộ NS01","required":3,"assessed":2,"gap":1}]}]}"""));
    }

    @Test
    void shouldScopePlansToWhatEachRoleMaySee() throws Exception {
        assertThat(status("head", get("/api/training-plan").param("unit", "NSU"))).isEqualTo(200);
        assertThat(status("head", get("/api/employees/NS01/training-plan"))).isEqualTo(200);
        assertThat(status("head", get("/api/training-plan").param("unit", "NSV"))).isEqualTo(403);
        assertThat(status("head", get("/api/employees/NS07/training-plan"))).isEqualTo(403);
        assertThat(status("staff", get("/api/employees/CB19/training-plan"))).isEqualTo(200);
        assertThat(status("staff", get("/api/employees/NS01/training-plan"))).isEqualTo(403);
        assertThat(status("staff", get("/api/training-plan").param("unit", "NSU"))).isEqualTo(403);
        assertThat(status("expert", get("/api/training-plan").param("unit", "NSV"))).isEqualTo(200);
        MockHttpServletResponse refused = mvc.perform(get("/api/employees/NS01/training-plan").with(httpBasic("staff", "demo")))
                .andReturn().getResponse();
        assertThat(json(refused).get("detail").asString()).isEqualTo("Bạn chỉ xem được kế hoạch đào tạo của chính mình"
                + " hoặc của cán bộ thuộc đơn vị mình phụ trách; không xem được kế hoạch của «NS01».");
        assertThat(status("hr", get("/api/employees/NS-NONE/training-plan"))).isEqualTo(404);
        assertThat(status("hr", get("/api/training-plan").param("unit", "NS-NONE"))).isEqualTo(404);
    }

    private static String need(String code, String name, int required, int assessed) {
        int gap = required - assessed;
        return """
                {"competency":"%s","competencyName":"%s","required":%d,"assessed":%d,"gap":%d,
                 "reasons":[{"rule":"%s","source":"%s","message":"Năng lực «%s» được đánh giá mức %d, thấp hơn mức %d vị trí việc làm yêu cầu %d mức (từ 1 mức trở lên là nhu cầu đào tạo)."}]}"""
                .formatted(code, name, required, assessed, gap, RULE, ROW, name, assessed, required, gap);
    }

    private int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse().getStatus();
    }

    private MockHttpServletResponse ok(String user, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
