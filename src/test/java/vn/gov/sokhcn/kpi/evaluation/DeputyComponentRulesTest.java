package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.employee;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.reasonsFrom;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * Decree 335 (periods from 2026-01-01): a deputy head keeps 100% of their task points when every
 * person under them is HTNV or better, 50% when any is KHTNV (sheet "Cấp phó (NĐ 335)"). Not under
 * Decree 48. The deputy DP achieves 100% (70 task points); P1's own assignments are exceeded.
 */
class DeputyComponentRulesTest {
    private static final String SHEET = "decision-tables/lanh-dao.drl.xlsx!Cấp phó (NĐ 335)!";

    @Test
    void shouldKeepAllTaskPointsOfADeputyWhenEveryoneUnderThemIsHtnvOrBetter() {
        // 70 × 100% = 70, + 20 = 90: HTXSNV; 1 HTXSNV for 5 HTTNV is within the quota
        EvaluationResponse r = deputyOver(Evaluations::month2026, 20).staff("P1", "HTTNV", "S1", "S2", "S3", "S4", "S5")
                .evaluate();

        var dp = employee(r, "DP");
        assertThat(dp.taskScore()).isEqualByComparingTo("70.00");
        assertThat(dp.score()).isEqualByComparingTo("90.00");
        assertThat(dp.rating()).isEqualTo("HTXSNV");
        assertThat(reasonsFrom(r, "DP", SHEET)).singleElement().satisfies(reason -> {
            assertThat(reason.source()).isEqualTo(SHEET + "B11");
            assertThat(reason.message()).contains("mọi người dưới quyền đều từ HTNV trở lên")
                    .contains("thành phần đơn vị là 100%").contains("70 × 100% = 70 điểm");
        });
    }

    @Test
    void shouldHalveTheTaskPointsOfADeputyWhenSomeoneUnderThemIsKhtnv() {
        // 70 × 50% = 35, + 10 = 45: KHTNV (the subordinates' cap, 83.33% HTNV+, gives at most HTNV)
        EvaluationResponse r = deputyOver(Evaluations::month2026, 10).staff("P1", "HTTNV", "S1", "S2", "S3", "S4", "S5")
                .staff("P1", "KHTNV", "S6").evaluate();

        var dp = employee(r, "DP");
        assertThat(dp.taskScore()).isEqualByComparingTo("35.00");
        assertThat(dp.generalScore()).isEqualByComparingTo("10.00");
        assertThat(dp.score()).isEqualByComparingTo("45.00");
        assertThat(dp.rating()).isEqualTo("KHTNV");
        assertThat(reasonsFrom(r, "DP", SHEET)).singleElement().satisfies(reason -> {
            assertThat(reason.source()).isEqualTo(SHEET + "B12");
            assertThat(reason.message()).contains("có người dưới quyền xếp loại KHTNV")
                    .contains("thành phần đơn vị là 50%").contains("70 × 50% = 35 điểm");
        });
    }

    @Test
    void shouldHalveTheDeputysPointsBeforeBandingSoAnExcellentScoreCanDropToHtnv() {
        // 70 × 50% = 35, + 30 = 65: HTNV, where the full 100 points would be HTXSNV
        EvaluationResponse r = deputyOver(Evaluations::month2026, 30).staff("P1", "HTTNV", "S1", "S2", "S3", "S4")
                .staff("P1", "KHTNV", "S5").evaluate();

        assertThat(employee(r, "DP").score()).isEqualByComparingTo("65.00");
        assertThat(employee(r, "DP").rating()).isEqualTo("HTNV");
    }

    @Test
    void shouldNotCountNotRatedSubordinatesAsKhtnvForTheDeputyComponent() {
        EvaluationResponse r = deputyOver(Evaluations::month2026, 10).staff("P1", "HTTNV", "S1")
                .staff("P1", "NOT_RATED", "S2").evaluate();

        assertThat(employee(r, "DP").taskScore()).isEqualByComparingTo("70.00");
        assertThat(employee(r, "DP").score()).isEqualByComparingTo("80.00");
        assertThat(employee(r, "DP").rating()).isEqualTo("HTTNV");
        assertThat(reasonsFrom(r, "DP", SHEET)).extracting(Reason::source).containsExactly(SHEET + "B11");
    }

    @Test
    void shouldNotApplyTheDeputyComponentToAHead() {
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO").achievingAll("P1", 110, 110)
                .person("H", "P1", Leadership.HEAD, 10).achieving("H", 100)
                .staff("P1", "HTTNV", "S1", "S2", "S3", "S4").staff("P1", "KHTNV", "S5").evaluate();

        assertThat(employee(r, "H").taskScore()).isEqualByComparingTo("70.00");
        assertThat(employee(r, "H").score()).isEqualByComparingTo("80.00");
        assertThat(employee(r, "H").rating()).isEqualTo("HTNV"); // capped: 80% HTNV+ (< 100)
        assertThat(reasonsFrom(r, "H", SHEET)).isEmpty();
    }

    @Test
    void shouldCapTheHeadByTheDeputysRatingAfterTheHalving() {
        // DP: 35 + 10 = 45, KHTNV. H sees DP (KHTNV), 4 HTTNV, 1 KHTNV: 66.67% HTNV+ (< 70): KHTNV.
        // Under Decree 48 DP is HTNV (80 capped by 80% HTNV+) and H sees 83.33% HTNV+: HTNV.
        EvaluationResponse r2026 = headAndDeputy(Evaluations::month2026).evaluate();
        EvaluationResponse r2024 = headAndDeputy(Evaluations::month2024).evaluate();

        assertThat(employee(r2026, "DP").rating()).isEqualTo("KHTNV");
        assertThat(employee(r2026, "H").rating()).isEqualTo("KHTNV");
        assertThat(reasonsFrom(r2026, "H", "decision-tables/lanh-dao.drl.xlsx!Trần theo cấp dưới!B13")).singleElement()
                .extracting(Reason::message).asString().contains("(trong 6 người) là 66,67%");
        assertThat(employee(r2024, "DP").rating()).isEqualTo("HTNV");
        assertThat(employee(r2024, "H").rating()).isEqualTo("HTNV");
    }

    @Test
    void shouldKeepAllTaskPointsOfADeputyUnderDecree48WhenSomeoneUnderThemIsKhtnv() {
        // same as the halving case, in 2024: 70 + 10 = 80, capped to HTNV by 83.33% HTNV+ (< 100)
        EvaluationResponse r = deputyOver(Evaluations::month2024, 10).staff("P1", "HTTNV", "S1", "S2", "S3", "S4", "S5")
                .staff("P1", "KHTNV", "S6").evaluate();

        assertThat(r.regime()).isEqualTo("DECREE_48");
        var dp = employee(r, "DP");
        assertThat(dp.taskScore()).isEqualByComparingTo("70.00");
        assertThat(dp.score()).isEqualByComparingTo("80.00");
        assertThat(dp.rating()).isEqualTo("HTNV");
        assertThat(reasonsFrom(r, "DP", SHEET)).isEmpty();
    }

    @Test
    void shouldKeepAllTaskPointsOfADeputyUnderDecree48WhenEveryoneUnderThemIsHtnvOrBetter() {
        EvaluationResponse r = deputyOver(Evaluations::month2024, 20).staff("P1", "HTTNV", "S1", "S2", "S3", "S4", "S5")
                .evaluate();

        var dp = employee(r, "DP");
        assertThat(dp.taskScore()).isEqualByComparingTo("70.00");
        assertThat(dp.score()).isEqualByComparingTo("90.00");
        assertThat(dp.rating()).isEqualTo("HTXSNV");
        assertThat(reasonsFrom(r, "DP", SHEET)).isEmpty();
    }

    private static Evaluations headAndDeputy(Supplier<Evaluations> period) {
        return deputyOver(period, 10).rated("H", "P1", Leadership.HEAD, "HTXSNV")
                .staff("P1", "HTTNV", "S1", "S2", "S3", "S4").staff("P1", "KHTNV", "S5");
    }

    /** P1 (two assignments exceeded) and its deputy head DP at 100% achieved with {@code general} points. */
    private static Evaluations deputyOver(Supplier<Evaluations> period, double general) {
        return period.get().unit("P1", "SO").achievingAll("P1", 110, 110)
                .person("DP", "P1", Leadership.DEPUTY_HEAD, general).achieving("DP", 100);
    }
}
