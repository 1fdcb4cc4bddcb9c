package vn.gov.sokhcn.kpi.outcome.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * The annual bonus of an agency (issue 6, Decree 73/2024): every test builds its own agency and year
 * with SQL (units, people, a YEAR period and a completed run with the year's ratings), in a database of
 * this class's own. The expected amounts are worked out by hand in each test's comment.
 */
@SpringBootTest(properties = "kpi.test.database=bonus")
@AutoConfigureMockMvc
class BonusHttpTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COEFFICIENTS = "decision-tables/thuong.drl.xlsx!Hệ số thưởng!";
    static final String FUND_SHARE = "decision-tables/thuong.drl.xlsx!Quỹ thưởng!F";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Reply(int status, JsonNode json) {
    }

    Reply send(MockHttpServletRequestBuilder request, RequestPostProcessor as) throws Exception {
        var response = mvc.perform(request.with(as).with(csrf())).andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new Reply(response.getStatus(), body.isEmpty() ? null : JSON.readTree(body));
    }

    static RequestPostProcessor as(Role role, String employee) {
        return user(new KpiPrincipal(role.name().toLowerCase() + "-" + employee, "x", role, employee, true));
    }

    static RequestPostProcessor hr() {
        return as(Role.HR_OFFICER, null);
    }

    Reply bonus(int year, String agency, RequestPostProcessor as) throws Exception {
        return send(get("/api/bonus").param("year", String.valueOf(year)).param("agency", agency), as);
    }

    Reply enterFund(int year, String agency, String body, RequestPostProcessor as) throws Exception {
        return send(put("/api/bonus-funds/" + year + "/" + agency).contentType(MediaType.APPLICATION_JSON).content(body), as);
    }

    static JsonNode share(JsonNode bonus, String employee) {
        for (JsonNode s : bonus.at("/shares")) {
            if (s.at("/employee").asString().equals(employee)) {
                return s;
            }
        }
        throw new AssertionError("no share of " + employee);
    }

    static List<Long> amounts(JsonNode bonus) {
        List<Long> out = new ArrayList<>();
        bonus.at("/shares").forEach(s -> out.add(s.at("/amount").asLong()));
        return out;
    }

    /**
     * Seven people of agency BB in 2031, base salary 2,340,000 đ all year. Base salary fund: (2.34 + 3.00 + 4.98 +
     * 2.10 + 4.40) × 12 × 2,340,000 + 2.67 × 6 × 2,340,000 (BB04 left on 15/6) + 3.33 × 9 × 2,340,000 (BB05 started
     * on 10/4) = 579,922,200 đ; fund 10% = 57,992,220 đ. Weights 1.2 × 12 = 14.4 (BB01, BB02, HTXSNV), 1 × 12
     * (BB03, HTTNV), 1 × 6 (BB04, HTTNV), 0.5 × 9 = 4.5 (BB05, HTNV), 0 (BB06 KHTNV, BB07 not rated): 51.3.
     * Rounded down the shares leave 4 đ, given to BB01 and BB02 (,89), BB05 (,84) and BB04 (,79), not BB03 (,58).
     */
    @Test
    void shouldSplitTheComputedFundByRatingAndMonthsToTheDong() throws Exception {
        new BonusData(jdbc).unit("BB", null, true).unit("BB-P", "BB", false).unit("BB-A", "BB", true)
                .person("BB01", "BB", "2.34", "2010-01-01", null).person("BB02", "BB", "3.00", "2010-01-01", null)
                .person("BB03", "BB-P", "4.98", "2010-01-01", null).person("BB04", "BB-P", "2.67", "2010-01-01", "2031-06-15")
                .person("BB05", "BB", "3.33", "2031-04-10", null).person("BB06", "BB", "4.40", "2010-01-01", null)
                .person("BB07", "BB-P", "2.10", "2010-01-01", null)
                .person("BBX1", "BB-A", "5.00", "2010-01-01", null).person("BBX2", "BB", "5.00", "2010-01-01", "2030-12-31");
        long run = new BonusData(jdbc).yearRun(2031, Map.of("BB01", "HTXSNV", "BB02", "HTXSNV", "BB03", "HTTNV",
                "BB04", "HTTNV", "BB05", "HTNV", "BB06", "KHTNV", "BBX1", "HTXSNV"));

        Reply reply = bonus(2031, "BB", hr());

        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(200);
        JsonNode b = reply.json();
        assertThat(b.at("/baseSalaryFund").decimalValue()).isEqualByComparingTo("579922200");
        assertThat(b.at("/fundShare").decimalValue()).isEqualByComparingTo("10");
        assertThat(b.at("/fund").asLong()).isEqualTo(57_992_220L);
        assertThat(b.at("/fundSource").asString()).isEqualTo("COMPUTED");
        assertThat(b.at("/totalWeight").decimalValue()).isEqualByComparingTo("51.3");
        assertThat(b.at("/remainder").asLong()).isEqualTo(4);
        assertThat(b.at("/policy/code").asString()).isEqualTo("DECREE_73");
        assertThat(b.at("/policy/source").asString()).isEqualTo(FUND_SHARE + "12");
        assertThat(b.at("/yearRun").asLong()).isEqualTo(run);
        assertThat(b.at("/shares").findValuesAsString("employee"))
                .containsExactly("BB01", "BB02", "BB03", "BB04", "BB05", "BB06", "BB07");
        assertThat(amounts(b)).containsExactly(16_278_518L, 16_278_518L, 13_565_431L, 6_782_716L, 5_087_037L, 0L, 0L);
        assertThat(amounts(b).stream().mapToLong(Long::longValue).sum()).isEqualTo(57_992_220L);
        JsonNode bb05 = share(b, "BB05");
        assertThat(bb05.at("/months").asInt()).isEqualTo(9);
        assertThat(bb05.at("/coefficient").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(bb05.at("/weight").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(share(b, "BB04").at("/months").asInt()).isEqualTo(6);
        JsonNode bb06 = share(b, "BB06");
        assertThat(bb06.at("/rating").asString()).isEqualTo("KHTNV");
        assertThat(bb06.at("/reasons/0/source").asString()).isEqualTo(COEFFICIENTS + "E14");
        assertThat(share(b, "BB07").at("/rating").asString()).isEqualTo("NOT_RATED");
        assertThat(share(b, "BB07").at("/reasons/0/source").asString()).isEqualTo(COEFFICIENTS + "E15");
        JsonNode bb01 = share(b, "BB01");
        assertThat(bb01.at("/reasons/0/rule").asString()).isEqualTo("Hệ số thưởng theo xếp loại cả năm");
        assertThat(bb01.at("/reasons/0/source").asString()).isEqualTo(COEFFICIENTS + "E11");
        assertThat(bb01.at("/reasons/0/message").asString()).isEqualTo("Xếp loại năm 2031 (kỳ 2031) theo lần đánh giá #" + run
                + " (kỳ chưa mở đánh giá, xếp loại): Hoàn thành xuất sắc nhiệm vụ (HTXSNV); theo chính sách «Nghị định 73/2024 (từ 1/7/2024)»"
                + " hệ số thưởng là 1,2. Công tác 12 tháng trong năm nên trọng số = 1,2 × 12 = 14,4.");
        assertThat(bb01.at("/reasons/1/rule").asString()).isEqualTo("Chia quỹ thưởng theo trọng số");
        assertThat(bb01.at("/reasons/1/source").asString()).isEqualTo(FUND_SHARE + "12");
        assertThat(bb01.at("/reasons/1/message").asString()).isEqualTo("Tiền thưởng = quỹ thưởng tính theo tỷ lệ của bảng"
                + " 57.992.220 đồng × 14,4 / 51,3 (tổng trọng số) ≈ 16.278.517,89 đồng; làm tròn xuống 16.278.517 đồng,"
                + " cộng 1 đồng trong 4 đồng dư chia theo phần lẻ lớn nhất: 16.278.518 đồng.");
        assertThat(share(b, "BB05").at("/reasons/0/message").asString()).endsWith("Công tác 9 tháng trong năm"
                + " (tháng 4, 5, 6, 7, 8, 9, 10, 11, 12) nên trọng số = 0,5 × 9 = 4,5.");
        assertThat(share(b, "BB03").at("/reasons/1/message").asString()).endsWith("làm tròn xuống 13.565.431 đồng.");
    }

    /** 100,000,001 đ entered by HR over three equal weights: 33,333,333 each and 2 đ left, to the first two codes. */
    @Test
    void shouldSplitAnEnteredFundOverEqualWeightsGivingTheRemainderByCode() throws Exception {
        new BonusData(jdbc).unit("BA", null, true).person("BA03", "BA", "2.00", "2010-01-01", null)
                .person("BA01", "BA", "9.00", "2010-01-01", null).person("BA02", "BA", "1.00", "2010-01-01", null);
        new BonusData(jdbc).yearRun(2030, Map.of("BA01", "HTTNV", "BA02", "HTTNV", "BA03", "HTTNV"));

        Reply entered = enterFund(2030, "BA", "{\"amount\": 100000001}", hr());
        Reply reply = bonus(2030, "BA", hr());

        assertThat(entered.status()).isEqualTo(200);
        assertThat(entered.json().at("/amount").asLong()).isEqualTo(100_000_001L);
        assertThat(send(get("/api/bonus-funds/2030/BA"), as(Role.EMPLOYEE, "BA01")).json().at("/amount").asLong())
                .isEqualTo(100_000_001L);
        JsonNode b = reply.json();
        assertThat(b.at("/fundSource").asString()).isEqualTo("ENTERED");
        assertThat(b.at("/fund").asLong()).isEqualTo(100_000_001L);
        assertThat(b.at("/baseSalaryFund").decimalValue()).isEqualByComparingTo("336960000"); // 12 × 12 × 2,340,000
        assertThat(b.at("/remainder").asLong()).isEqualTo(2);
        assertThat(b.at("/shares").findValuesAsString("employee")).containsExactly("BA01", "BA02", "BA03");
        assertThat(amounts(b)).containsExactly(33_333_334L, 33_333_334L, 33_333_333L);
        assertThat(share(b, "BA01").at("/reasons/1/source").asString()).isEqualTo("bonus_funds:2030/BA");
        assertThat(share(b, "BA03").at("/reasons/1/message").asString()).isEqualTo("Tiền thưởng = quỹ thưởng do phòng"
                + " Tổ chức cán bộ nhập 100.000.001 đồng × 12 / 36 (tổng trọng số) ≈ 33.333.333,66 đồng; làm tròn xuống"
                + " 33.333.333 đồng.");
    }

    /** A fund of 5 đ over seven equal weights: nobody's share reaches 1 đ, so the 5 đ go one each to the first five codes. */
    @Test
    void shouldGiveAFundSmallerThanThePeopleOneDongEachByCode() throws Exception {
        BonusData data = new BonusData(jdbc).unit("BC", null, true);
        for (int i = 1; i <= 7; i++) {
            data.person("BC0" + i, "BC", "3.00", "2010-01-01", null);
        }
        data.yearRun(2032, Map.of("BC01", "HTNV", "BC02", "HTNV", "BC03", "HTNV", "BC04", "HTNV", "BC05", "HTNV",
                "BC06", "HTNV", "BC07", "HTNV"));
        enterFund(2032, "BC", "{\"amount\": 5}", hr());

        JsonNode b = bonus(2032, "BC", hr()).json();

        assertThat(b.at("/remainder").asLong()).isEqualTo(5);
        assertThat(b.at("/totalWeight").decimalValue()).isEqualByComparingTo("42");
        assertThat(amounts(b)).containsExactly(1L, 1L, 1L, 1L, 1L, 0L, 0L);
    }

    /**
     * 2023 ends before 1/7/2024, so the 2023 pilot policy applies: 5% and coefficients 1.0 / 0.8 / 0.4 / 0. Base
     * salary 1,490,000 đ in January–June and 1,800,000 đ from July: (3 + 2) × (6 × 1,490,000 + 6 × 1,800,000) =
     * 98,700,000 đ; fund 4,935,000 đ; weights 12 (HTXSNV) and 0.4 × 12 = 4.8 (HTNV): 3,525,000 and 1,410,000 đ.
     */
    @Test
    void shouldUseThePilotPolicyForAYearBeforeTheDecree() throws Exception {
        new BonusData(jdbc).unit("BD", null, true).person("BD01", "BD", "3.00", "2010-01-01", null)
                .person("BD02", "BD", "2.00", "2010-01-01", null).yearRun(2023, Map.of("BD01", "HTXSNV", "BD02", "HTNV"));

        JsonNode b = bonus(2023, "BD", hr()).json();

        assertThat(b.at("/policy/code").asString()).isEqualTo("PILOT_2023");
        assertThat(b.at("/policy/source").asString()).isEqualTo(FUND_SHARE + "11");
        assertThat(b.at("/fundShare").decimalValue()).isEqualByComparingTo("5");
        assertThat(b.at("/baseSalaryFund").decimalValue()).isEqualByComparingTo("98700000");
        assertThat(b.at("/fund").asLong()).isEqualTo(4_935_000L);
        assertThat(b.at("/remainder").asLong()).isZero();
        assertThat(amounts(b)).containsExactly(3_525_000L, 1_410_000L);
        assertThat(share(b, "BD01").at("/reasons/0/source").asString()).isEqualTo(COEFFICIENTS + "E16");
        assertThat(share(b, "BD02").at("/coefficient").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(share(b, "BD02").at("/reasons/0/source").asString()).isEqualTo(COEFFICIENTS + "E18");
    }

    @Test
    void shouldRefuseAYearWithoutACompletedYearRunNamingIt() throws Exception {
        new BonusData(jdbc).unit("BF", null, true).person("BF01", "BF", "3.00", "2010-01-01", null);

        Reply reply = bonus(2040, "BF", hr());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().at("/detail").asString()).isEqualTo("Chưa có lần đánh giá chính thức đã hoàn tất (COMPLETED)"
                + " của kỳ năm 2040 (kỳ loại YEAR bắt đầu 2040-01-01); hãy chạy đánh giá kỳ năm 2040 trước khi tính thưởng.");
    }

    /**
     * Staff see only their own share, and only once the year's decision is published (the share tells the rating); a unit
     * head the shares of their unit; the totals stay the same for everyone.
     */
    @Test
    void shouldShowEachUserOnlyTheSharesTheyMaySee() throws Exception {
        long run = new BonusData(jdbc).unit("BE", null, true).unit("BE-P", "BE", false)
                .person("BE01", "BE", "3.00", "2010-01-01", null).person("BE02", "BE-P", "3.00", "2010-01-01", null)
                .person("BE03", "BE-P", "3.00", "2010-01-01", null).yearRun(2033, Map.of("BE01", "HTTNV", "BE02", "HTTNV", "BE03", "HTTNV"));
        assertThat(bonus(2033, "BE", as(Role.EMPLOYEE, "BE02")).json().at("/shares")).isEmpty(); // nothing published yet

        AppraisalRows appraisals = new AppraisalRows(jdbc);
        try {
            long cycle = appraisals.cycle("2033", "BE", run);
            for (String code : List.of("BE01", "BE02", "BE03")) {
                appraisals.decide(appraisals.appraisal(cycle, code, "DECISION"), "HTTNV", null, null);
            }
            appraisals.publish(cycle);

            JsonNode all = bonus(2033, "BE", as(Role.EXPERT, null)).json();
            JsonNode staff = bonus(2033, "BE", as(Role.EMPLOYEE, "BE02")).json();
            JsonNode head = bonus(2033, "BE", as(Role.UNIT_HEAD, "BE03")).json();

            assertThat(all.at("/shares").findValuesAsString("employee")).containsExactly("BE01", "BE02", "BE03");
            assertThat(staff.at("/shares").findValuesAsString("employee")).containsExactly("BE02");
            assertThat(head.at("/shares").findValuesAsString("employee")).containsExactly("BE02", "BE03");
            for (JsonNode view : List.of(staff, head)) {
                assertThat(view.at("/fund").asLong()).isEqualTo(all.at("/fund").asLong()).isEqualTo(25_272_000L);
                assertThat(view.at("/totalWeight").decimalValue()).isEqualByComparingTo("36");
                assertThat(view.at("/people").asInt()).isEqualTo(3);
            }
            assertThat(share(staff, "BE02").at("/amount").asLong()).isEqualTo(8_424_000L);
        } finally {
            appraisals.deleteCreated();
        }
    }

    @Test
    void shouldLetOnlyHrEnterAFundOrTheBaseSalaryAndCheckWhatIsEntered() throws Exception {
        new BonusData(jdbc).unit("BG", null, true).unit("BG-P", "BG", false);

        assertThat(enterFund(2034, "BG", "{\"amount\": 1000}", as(Role.EMPLOYEE, null)).status()).isEqualTo(403);
        Reply negative = enterFund(2034, "BG", "{\"amount\": -1}", hr());
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().toString()).contains("$.amount");
        assertThat(enterFund(2034, "BG-P", "{\"amount\": 1000}", hr()).status()).isEqualTo(409);
        assertThat(enterFund(2034, "NO-SUCH", "{\"amount\": 1000}", hr()).status()).isEqualTo(404);
        assertThat(send(get("/api/bonus-funds/2034/BG"), hr()).status()).isEqualTo(404);

        JsonNode salaries = send(get("/api/base-salaries"), as(Role.EMPLOYEE, null)).json();
        assertThat(salaries.findValuesAsString("effectiveFrom")).startsWith("2019-07-01", "2023-07-01", "2024-07-01");
        assertThat(salaries.at("/2/amount").asLong()).isEqualTo(2_340_000L);
        Reply added = send(put("/api/base-salaries/2090-07-01").contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\": 9000000, \"basis\": \"Nghị định giả định\"}"), hr());
        assertThat(added.status()).isEqualTo(200);
        assertThat(send(get("/api/base-salaries"), hr()).json().findValuesAsString("effectiveFrom")).endsWith("2090-07-01");
        assertThat(send(put("/api/base-salaries/2090-07-01").contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\": 0}"), hr()).status()).isEqualTo(400);
        assertThat(send(put("/api/base-salaries/2090-07-01").contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\": 1}"), as(Role.EXPERT, null)).status()).isEqualTo(403);
    }
}
