package vn.gov.sokhcn.kpi.outcome.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;

/**
 * The bonus follows the competent person's decisions where an appraisal cycle of the year has them (issue 15):
 * the coefficient is that of the decided rating, the share says which rating it used and shows the run's
 * proposal beside it. Shares the context of {@link BonusHttpTest}; its own agency BQ and year 2036.
 */
@SpringBootTest(properties = "kpi.test.database=bonus")
@AutoConfigureMockMvc
class BonusDecisionsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    private AppraisalRows appraisals;

    @AfterEach
    void removeAppraisals() {
        if (appraisals != null) {
            appraisals.deleteCreated();
        }
    }

    /**
     * Four people of BQ, coefficient 2.00 all 2036: base salary fund 4 × 2.00 × 12 × 2,340,000 = 224,640,000 đ, fund
     * 10% = 22,464,000 đ. The run proposed HTXSNV, HTTNV, HTTNV, HTNV; the decisions: BQ01 HTTNV, BQ02 HTXSNV, BQ03
     * not yet decided (the run's HTTNV counts), BQ04 HTNV then replaced by HTTNV. Weights 12, 14.4, 12, 12 = 50.4;
     * shares 5,348,571.43, 6,418,285.71, 5,348,571.43, 5,348,571.43: 2 đ left, to BQ02 (,71) and BQ01 (,43, first by code).
     */
    @Test
    void shouldPayByTheLatestDecidedRatingAndSayWhichRatingItUsed() throws Exception {
        new BonusData(jdbc).unit("BQ", null, true).person("BQ01", "BQ", "2.00", "2010-01-01", null)
                .person("BQ02", "BQ", "2.00", "2010-01-01", null).person("BQ03", "BQ", "2.00", "2010-01-01", null)
                .person("BQ04", "BQ", "2.00", "2010-01-01", null);
        long run = new BonusData(jdbc).yearRun(2036, Map.of("BQ01", "HTXSNV", "BQ02", "HTTNV", "BQ03", "HTTNV", "BQ04", "HTNV"));
        appraisals = new AppraisalRows(jdbc);
        long cycle = appraisals.cycle("2036", "BQ", run);
        long bq01 = appraisals.decide(appraisals.appraisal(cycle, "BQ01", "DECISION"), "HTTNV", "Vượt tỷ lệ", null);
        appraisals.decide(appraisals.appraisal(cycle, "BQ02", "DECISION"), "HTXSNV", "Thành tích nổi bật", null);
        appraisals.appraisal(cycle, "BQ03", "UNIT_REVIEW");
        long bq04 = appraisals.appraisal(cycle, "BQ04", "DECISION");
        long replaced = appraisals.decide(bq04, "HTNV", null, null);
        long upheld = appraisals.decide(bq04, "HTTNV", "Khiếu nại đúng", replaced);

        var response = mvc.perform(get("/api/bonus").param("year", "2036").param("agency", "BQ").with(BonusHttpTest.hr()))
                .andReturn().getResponse();

        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        JsonNode b = BonusHttpTest.JSON.readTree(body);
        assertThat(b.at("/fund").asLong()).isEqualTo(22_464_000L);
        assertThat(b.at("/totalWeight").decimalValue()).isEqualByComparingTo("50.4");
        assertThat(b.at("/remainder").asLong()).isEqualTo(2);
        assertThat(BonusHttpTest.amounts(b)).containsExactly(5_348_572L, 6_418_286L, 5_348_571L, 5_348_571L);
        assertThat(BonusHttpTest.amounts(b).stream().mapToLong(Long::longValue).sum()).isEqualTo(22_464_000L);
        assertThat(b.at("/shares").findValuesAsString("rating")).containsExactly("HTTNV", "HTXSNV", "HTTNV", "HTTNV");
        assertThat(b.at("/shares").findValuesAsString("proposedRating")).containsExactly("HTXSNV", "HTTNV", "HTTNV", "HTNV");
        assertThat(b.at("/shares").findValuesAsString("ratingSource")).containsExactly("DECISION", "DECISION", "RUN", "DECISION");
        assertThat(BonusHttpTest.share(b, "BQ01").at("/coefficient").decimalValue()).isEqualByComparingTo("1");
        assertThat(BonusHttpTest.share(b, "BQ01").at("/reasons/0/source").asString()).isEqualTo(BonusHttpTest.COEFFICIENTS + "E12");
        assertThat(BonusHttpTest.share(b, "BQ01").at("/reasons/0/message").asString()).isEqualTo("Xếp loại năm 2036 (kỳ 2036) theo quyết định #"
                + bq01 + " của người có thẩm quyền (chưa công bố), khác đề xuất HTXSNV của lần đánh giá #" + run
                + ": Hoàn thành tốt nhiệm vụ (HTTNV); theo chính sách «Nghị định 73/2024 (từ 1/7/2024)» hệ số thưởng là 1."
                + " Công tác 12 tháng trong năm nên trọng số = 1 × 12 = 12.");
        assertThat(BonusHttpTest.share(b, "BQ03").at("/reasons/0/message").asString())
                .startsWith("Xếp loại năm 2036 (kỳ 2036) theo đề xuất (chưa quyết định) của lần đánh giá #" + run + ": Hoàn thành tốt");
        assertThat(BonusHttpTest.share(b, "BQ04").at("/reasons/0/message").asString())
                .startsWith("Xếp loại năm 2036 (kỳ 2036) theo quyết định #" + upheld + " của người có thẩm quyền");
    }

    /** A member of staff reads their share only once the year's decision is published: the share tells the rating. */
    @Test
    void shouldShowStaffTheirShareOnlyOnceTheDecisionIsPublished() throws Exception {
        new BonusData(jdbc).unit("BS", null, true).person("BS01", "BS", "2.00", "2010-01-01", null)
                .person("BS02", "BS", "2.00", "2010-01-01", null);
        long run = new BonusData(jdbc).yearRun(2037, Map.of("BS01", "HTTNV", "BS02", "HTTNV"));
        appraisals = new AppraisalRows(jdbc);
        long cycle = appraisals.cycle("2037", "BS", run);
        appraisals.decide(appraisals.appraisal(cycle, "BS01", "DECISION"), "HTXSNV", "Thành tích nổi bật", null);
        appraisals.decide(appraisals.appraisal(cycle, "BS02", "DECISION"), "HTTNV", null, null);

        JsonNode before = bonusAs("BS01");
        assertThat(before.at("/shares").size()).isZero();
        assertThat(before.at("/fund").asLong()).isPositive();

        appraisals.publish(cycle);

        JsonNode after = bonusAs("BS01");
        assertThat(after.at("/shares").findValuesAsString("employee")).containsExactly("BS01");
        assertThat(after.at("/shares/0/rating").asString()).isEqualTo("HTXSNV");
        assertThat(after.at("/shares/0/ratingSource").asString()).isEqualTo("DECISION");
    }

    private JsonNode bonusAs(String employee) throws Exception {
        var response = mvc.perform(get("/api/bonus").param("year", "2037").param("agency", "BS")
                .with(BonusHttpTest.as(vn.gov.sokhcn.kpi.security.Role.EMPLOYEE, employee))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return BonusHttpTest.JSON.readTree(body);
    }
}
