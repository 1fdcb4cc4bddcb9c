package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A quarter rolled up from the latest completed runs of its months. Q1 2026, by hand: E1 (93 + 93 +
 * 86) / 3 = 90.67 (task (63 + 63 + 56) / 3 = 60.67, general 30), HTXSNV by band; E2 (98 + 98 + 91)
 * / 3 = 95.67, 2.75 months worked and 0.25 on leave (no cap in a quarter), HTXSNV by band; the quota
 * (no HTTNV among the civil servants of SO) moves both to HTTNV, lowest first; E3 100, reprimanded
 * in March, KHTNV; E4 worked 0.39 months of the quarter, NOT_RATED. Unit P1 (100 + 110 + 120) / 3 =
 * 110, exceeded in 2 of 3 months (66.67%).
 */
class RollUpRunHttpTest extends StoredDepartmentTest {

    @Test
    void shouldRollAQuarterUpFromTheAverageOfTheMonthsWorked() {
        run("2026-01");
        run("2026-02");
        run("2026-03");

        long quarter = run("2026-Q1");

        JsonNode e1 = resultOf(quarter, "E1");
        assertThat(e1.at("/score").decimalValue()).isEqualByComparingTo("90.67");
        assertThat(e1.at("/taskScore").decimalValue()).isEqualByComparingTo("60.67");
        assertThat(e1.at("/generalScore").decimalValue()).isEqualByComparingTo("30");
        assertThat(e1.at("/rating").asString()).isEqualTo("HTTNV");
        assertThat(e1.at("/reasons").findValuesAsString("message")).contains(
                "Điểm quý 2026-Q1: bình quân điểm 3 tháng thực tế làm việc (2026-01: 93; 2026-02: 93; 2026-03: 86) = 90,666666667,"
                        + " làm tròn đến 2 chữ số thập phân (cột «Làm tròn tổng điểm (chữ số thập phân)») là 90,67 điểm;"
                        + " điểm kết quả nhiệm vụ bình quân 60,67; điểm tiêu chí chung bình quân 30.");
        JsonNode e2 = resultOf(quarter, "E2");
        assertThat(e2.at("/score").decimalValue()).isEqualByComparingTo("95.67");
        assertThat(e2.at("/rating").asString()).isEqualTo("HTTNV");
        assertThat(resultOf(quarter, "E3").at("/rating").asString()).isEqualTo("KHTNV");
        JsonNode e4 = resultOf(quarter, "E4");
        assertThat(e4.at("/score").decimalValue()).isEqualByComparingTo("100");
        assertThat(e4.at("/rating").asString()).isEqualTo("NOT_RATED");
        JsonNode unit = http.get("/api/units/P1/results?period=2026-Q1").json();
        assertThat(unit.at("/runId").asLong()).isEqualTo(quarter);
        assertThat(unit.at("/unit/score").decimalValue()).isEqualByComparingTo("110");
        assertThat(unit.at("/unit/shares/exceededPercent").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(http.get("/api/employees/E1/results").json().at("/items").findValuesAsString("period"))
                .containsSubsequence("2026-01", "2026-02", "2026-03", "2026-Q1");
    }

    @Test
    void shouldRefuseAQuarterWhoseMonthsHaveNotAllBeenRunNamingThem() {
        RunHttp.Reply reply = http.post("/api/periods/2026-Q2/runs");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().at("/detail").asString()).isEqualTo("Chưa tổng hợp được kỳ 2026-Q2 từ các tháng: "
                + "kỳ 2026-04 chưa có lượt đánh giá hoàn thành; kỳ 2026-05 chưa có lượt đánh giá hoàn thành; "
                + "tháng 2026-06 chưa có kỳ đánh giá. Hãy đánh giá đủ các tháng trước.");
        assertThat(http.get("/api/periods/2026-Q2/runs").json().at("/total").asLong()).isZero();
    }
}
