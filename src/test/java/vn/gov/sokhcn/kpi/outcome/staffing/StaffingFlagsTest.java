package vn.gov.sokhcn.kpi.outcome.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;
import vn.gov.sokhcn.kpi.outcome.OutcomeData;

/**
 * Staffing flags from consecutive annual ratings (decision-tables/nhan-su.drl.xlsx, «Cảnh báo nhân
 * sự»), over YEAR periods and runs written by {@link OutcomeData}: a year's rating is the result of
 * its latest completed run; a year without one breaks the chain; the flag of highest priority wins.
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
class StaffingFlagsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RULE = "Cảnh báo nhân sự khi xếp loại đủ số năm liên tiếp";
    private static final String SHEET = "decision-tables/nhan-su.drl.xlsx!Cảnh báo nhân sự!";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void data() {
        new OutcomeData(jdbc).ensure();
    }

    @Test
    void shouldFlagByConsecutiveAnnualRatingsWithTheHighestPriorityWinning() throws Exception {
        JsonNode flags = flags("hr", 2043);

        assertThat(flags).isEqualTo(JSON.readTree("[" + String.join(",",
                flag("NS01", "NSU", "DISMISSAL_REVIEW", "Xem xét cho thôi việc", "[" + year(2042, "KHTNV") + "," + year(2043, "KHTNV") + "]",
                        "B11", "Xếp loại cả năm KHTNV (Không hoàn thành nhiệm vụ) 2 năm liên tiếp (2042, 2043) nên xem xét cho thôi việc"
                                + " (Không hoàn thành nhiệm vụ 2 năm liên tiếp). Xếp loại cả năm: năm 2042 " + byRun(2042)
                                + "; năm 2043 " + byRun(2043) + "."),
                reassignment("NS02", "NSU"), reassignment("NS06", "NSU"), reassignment("NS07", "NSV"),
                flag("NS03", "NSU", "SUCCESSION_PLAN", "Đưa vào quy hoạch", "[" + year(2042, "HTXSNV") + "," + year(2043, "HTXSNV") + "]",
                        "B13", "Xếp loại cả năm HTXSNV (Hoàn thành xuất sắc nhiệm vụ) 2 năm liên tiếp (2042, 2043) nên đưa vào quy hoạch"
                                + " (Hoàn thành xuất sắc nhiệm vụ 2 năm liên tiếp). Xếp loại cả năm: năm 2042 " + byRun(2042)
                                + "; năm 2043 " + byRun(2043) + ".")) + "]"));
    }

    /**
     * Where an appraisal cycle decided a year, the decision counts, whatever the run said: NS02's KHTNV of 2043 decided
     * HTTNV takes their flag away; NS04's HTTNV of 2042 decided HTXSNV, with 2043's HTXSNV by the run, puts them in
     * the succession plan, and the flag says which year came from which.
     */
    @Test
    void shouldFlagByTheDecidedRatingWhereACycleDecidedTheYear() throws Exception {
        AppraisalRows appraisals = new AppraisalRows(jdbc);
        try {
            long cycle43 = appraisals.cycle("2043", "SO", runOf(2043));
            long ns02 = appraisals.decide(appraisals.appraisal(cycle43, "NS02", "DECISION"), "HTTNV", "Đã khắc phục", null);
            long cycle42 = appraisals.cycle("2042", "SO", runOf(2042));
            long ns04 = appraisals.decide(appraisals.appraisal(cycle42, "NS04", "DECISION"), "HTXSNV", "Thành tích nổi bật", null);
            appraisals.publish(cycle42);

            JsonNode flags = flags("hr", 2043);

            assertThat(employees(flags)).containsExactly("NS01", "NS06", "NS07", "NS03", "NS04");
            JsonNode flag = flags.get(4);
            assertThat(flag.get("flag").asString()).isEqualTo("SUCCESSION_PLAN");
            assertThat(flag.get("years").toString()).isEqualTo("[" + JSON.readTree("{\"year\":2042,\"rating\":\"HTXSNV\","
                    + "\"ratingLabel\":\"Hoàn thành xuất sắc nhiệm vụ\",\"proposedRating\":\"HTTNV\",\"ratingSource\":\"DECISION\","
                    + "\"note\":\"theo quyết định #" + ns04 + " của người có thẩm quyền (đã công bố), khác đề xuất HTTNV của lần đánh giá #"
                    + runOf(2042) + "\"}") + "," + JSON.readTree(year(2043, "HTXSNV")) + "]");
            assertThat(flag.at("/reasons/0/message").asString()).endsWith(" Xếp loại cả năm: năm 2042 theo quyết định #" + ns04
                    + " của người có thẩm quyền (đã công bố), khác đề xuất HTTNV của lần đánh giá #" + runOf(2042)
                    + "; năm 2043 " + byRun(2043) + ".");
            assertThat(ns02).isPositive();
        } finally {
            appraisals.deleteCreated();
        }
    }

    @Test
    void shouldCountOnlyYearsWithACompletedRun() throws Exception {
        assertThat(flags("hr", 2044)).isEmpty(); // 2044 has only a run still running
        assertThat(flags("hr", 2045)).isEmpty(); // 2045 has no run at all
        JsonNode y2042 = flags("hr", 2042);      // 2041 has a completed run without NS01: one year only
        assertThat(y2042).hasSize(1);
        assertThat(y2042.get(0).get("employee").asString()).isEqualTo("NS01");
        assertThat(y2042.get(0).get("flag").asString()).isEqualTo("REASSIGNMENT_REVIEW");
    }

    @Test
    void shouldShowEachRoleOnlyThePeopleItMaySee() throws Exception {
        assertThat(employees(flags("head", 2043))).containsExactly("NS01", "NS02", "NS06", "NS03");
        assertThat(employees(flags("expert", 2043))).containsExactly("NS01", "NS02", "NS06", "NS07", "NS03");
        assertThat(flags("staff", 2043)).isEmpty();
    }

    @Test
    void shouldRefuseAMissingOrUnreadableYear() throws Exception {
        assertThat(mvc.perform(get("/api/staffing-flags").with(httpBasic("hr", "demo"))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/api/staffing-flags").param("year", "năm nay").with(httpBasic("hr", "demo")))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private String reassignment(String employee, String unit) {
        return flag(employee, unit, "REASSIGNMENT_REVIEW", "Xem xét bố trí công tác khác", "[" + year(2043, "KHTNV") + "]", "B12",
                "Xếp loại cả năm KHTNV (Không hoàn thành nhiệm vụ) năm 2043 nên xem xét bố trí công tác khác"
                        + " (Không hoàn thành nhiệm vụ 1 năm). Xếp loại cả năm: năm 2043 " + byRun(2043) + ".");
    }

    private static String flag(String employee, String unit, String flag, String label, String years, String cell, String message) {
        return """
                {"employee":"%s","name":"Cán bộ %s","unit":"%s","flag":"%s","flagLabel":"%s","years":%s,
                 "reasons":[{"rule":"%s","source":"%s%s","message":"%s"}]}"""
                .formatted(employee, employee, unit, flag, label, years, RULE, SHEET, cell, message);
    }

    private String year(int year, String rating) {
        String label = rating.equals("KHTNV") ? "Không hoàn thành nhiệm vụ" : "Hoàn thành xuất sắc nhiệm vụ";
        return "{\"year\":" + year + ",\"rating\":\"" + rating + "\",\"ratingLabel\":\"" + label + "\",\"proposedRating\":\""
                + rating + "\",\"ratingSource\":\"RUN\",\"note\":\"" + byRun(year) + "\"}";
    }

    private long runOf(int year) {
        return jdbc.sql("SELECT l.run_id FROM latest_completed_runs l JOIN periods p ON p.id = l.period_id WHERE p.code = ?")
                .param(String.valueOf(year)).query(Long.class).single();
    }

    /** How a year's rating is named when no appraisal cycle of the year exists: by its latest completed run. */
    private String byRun(int year) {
        return "theo lần đánh giá #" + runOf(year) + " (kỳ chưa mở đánh giá, xếp loại)";
    }

    private static java.util.List<String> employees(JsonNode flags) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        flags.forEach(f -> codes.add(f.get("employee").asString()));
        return codes;
    }

    private JsonNode flags(String user, int year) throws Exception {
        String body = mvc.perform(get("/api/staffing-flags").param("year", String.valueOf(year)).with(httpBasic(user, "demo")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }
}
