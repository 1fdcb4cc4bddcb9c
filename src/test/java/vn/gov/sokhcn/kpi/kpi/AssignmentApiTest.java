package vn.gov.sokhcn.kpi.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignmentApiTest extends KpiApiTest {

    @BeforeEach
    void data() {
        unit("SO", null, true);
        unit("PKH", "SO", false);
        employee("CB001", "PKH");
        employee("CB002", "PKH");
        indicator("KPI-01", "HIGHER_IS_BETTER", "UNIT");
        indicator("PI-02", "TASKS", "PERSON");
        period("2026-05");
        period("2026-06");
    }

    @Test
    void shouldCreateAndGetAnAssignmentWithItsReferencesByCode() {
        Reply created = POST("/api/assignments", """
                {"period": "2026-05", "indicator": "KPI-01", "unit": "PKH", "target": 95.5, "weight": 40, "threshold": 80,
                 "stretch": 110}""");

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var assignment = GET("/api/assignments/" + id).json();
        assertThat(assignment.get("period").asString()).isEqualTo("2026-05");
        assertThat(assignment.get("indicator").asString()).isEqualTo("KPI-01");
        assertThat(assignment.get("unit").asString()).isEqualTo("PKH");
        assertThat(assignment.get("employee").isNull()).isTrue();
        assertThat(assignment.get("target").decimalValue()).isEqualByComparingTo("95.5");
        assertThat(assignment.get("weight").toString()).isEqualTo("40");
        assertThat(assignment.get("threshold").decimalValue()).isEqualByComparingTo("80");
        assertThat(assignment.get("stretch").decimalValue()).isEqualByComparingTo("110");
        assertThat(assignment.get("cascadedFrom").isNull()).isTrue();
        assertThat(assignment.get("measured").asBoolean()).isFalse();
    }

    @Test
    void shouldListByPeriodHolderAndIndicator() {
        assign("2026-05", "KPI-01", "PKH", true, "100");
        assign("2026-05", "PI-02", "CB001", false, "60");
        assign("2026-05", "KPI-01", "CB001", false, "40");
        assign("2026-06", "PI-02", "CB002", false, "100");

        assertThat(GET("/api/assignments?period=2026-05").json().get("total").asLong()).isEqualTo(3);
        assertThat(GET("/api/assignments?period=2026-05").json().get("items").get(0).get("unit").asString()).isEqualTo("PKH");
        assertThat(GET("/api/assignments?employee=CB001").json().get("items").findValuesAsString("indicator"))
                .containsExactly("KPI-01", "PI-02");
        assertThat(GET("/api/assignments?unit=PKH").json().get("total").asLong()).isEqualTo(1);
        assertThat(GET("/api/assignments?indicator=PI-02").json().get("items").findValuesAsString("period"))
                .containsExactly("2026-05", "2026-06");
        assertThat(GET("/api/assignments?period=2026-05&size=1&page=2").json().get("items").get(0).get("indicator").asString())
                .isEqualTo("PI-02");
        assertThat(GET("/api/assignments?unit=KHONG_CO").detail()).isEqualTo("Không tìm thấy đơn vị «KHONG_CO»");
    }

    @Test
    void shouldUpdateAnAssignment() {
        long id = assign("2026-05", "KPI-01", "PKH", true, "100");

        Reply reply = PUT("/api/assignments/" + id, """
                {"period": "2026-05", "indicator": "KPI-01", "unit": "PKH", "target": 12, "weight": 70}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(GET("/api/assignments/" + id).json().get("weight").toString()).isEqualTo("70");
        assertThat(GET("/api/assignments/" + id).json().get("target").toString()).isEqualTo("12");
    }

    @Test
    void shouldRequireExactlyOneHolder() {
        Reply both = POST("/api/assignments", """
                {"period": "2026-05", "indicator": "KPI-01", "unit": "PKH", "employee": "CB001", "target": 1, "weight": 10}""");
        Reply neither = POST("/api/assignments", """
                {"period": "2026-05", "indicator": "KPI-01", "target": 1, "weight": 10}""");

        for (Reply reply : new Reply[] {both, neither}) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.error("$.unit")).isEqualTo("Chỉ tiêu phải giao cho đúng một đơn vị (unit) hoặc một cán bộ (employee)");
            assertThat(reply.error("$.employee")).isEqualTo("Chỉ tiêu phải giao cho đúng một đơn vị (unit) hoặc một cán bộ (employee)");
        }
        assertThat(count("assignments")).isZero();
    }

    @Test
    void shouldNameBadValuesAndUnknownReferences() {
        Reply reply = POST("/api/assignments", """
                {"period": "2026-05", "indicator": "KPI-01", "unit": "PKH", "weight": 0, "target": -1}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("$.weight")).isEqualTo("Trọng số phải lớn hơn 0");
        assertThat(reply.error("$.target")).isEqualTo("Mục tiêu không được âm");

        Reply unknown = POST("/api/assignments", """
                {"period": "2099-01", "indicator": "KPI-99", "employee": "CB999", "weight": 10, "cascadedFrom": 987654}""");
        assertThat(unknown.error("$.period")).isEqualTo("Không tìm thấy kỳ đánh giá «2099-01»");
        assertThat(unknown.error("$.indicator")).isEqualTo("Không tìm thấy chỉ số «KPI-99»");
        assertThat(unknown.error("$.employee")).isEqualTo("Không tìm thấy cán bộ «CB999»");
        assertThat(unknown.error("$.cascadedFrom")).isEqualTo("Không tìm thấy giao chỉ tiêu «987654» để phân bổ từ đó");

        Reply noTarget = POST("/api/assignments", """
                {"period": "2026-05", "indicator": "KPI-01", "unit": "PKH", "weight": 10}""");
        assertThat(noTarget.error("$.target")).isEqualTo("Thiếu mục tiêu");
        assertThat(POST("/api/assignments", """
                {"period": "2026-05", "indicator": "PI-02", "employee": "CB001", "weight": 10}""").status()).isEqualTo(201);

        Reply tooBig = POST("/api/assignments", """
                {"period": "2026-05", "indicator": "KPI-01", "unit": "PKH", "weight": 1e400, "target": 1}""");
        assertThat(tooBig.error("$.weight")).isEqualTo("Tối đa 4 chữ số phần nguyên và 3 chữ số thập phân");
    }

    @Test
    void shouldRefuseTheSameIndicatorTwiceToOneHolderInAPeriod() {
        assign("2026-05", "KPI-01", "PKH", true, "100");

        Reply reply = POST("/api/assignments", """
                {"period": "2026-05", "indicator": "KPI-01", "unit": "PKH", "target": 1, "weight": 10}""");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Đã giao chỉ số «KPI-01» cho «PKH» trong kỳ «2026-05»");
        assertThat(count("assignments")).isEqualTo(1);
    }

    @Test
    void shouldListTheHoldersWhoseWeightsDoNotTotalAHundred() {
        assign("2026-05", "KPI-01", "PKH", true, "100");
        assign("2026-05", "PI-02", "CB001", false, "60");
        assign("2026-05", "KPI-01", "CB001", false, "30");
        assign("2026-05", "PI-02", "CB002", false, "100");

        var report = GET("/api/assignments/weights?period=2026-05").json();

        assertThat(report.get("expectedTotal").toString()).isEqualTo("100");
        assertThat(report.get("unbalanced").toString())
                .isEqualTo("[{\"unit\":null,\"employee\":\"CB001\",\"total\":90,\"assignments\":2}]");
        assertThat(GET("/api/assignments/weights?period=2099-01").status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseDeletingAnAssignmentWithAMeasurementOrCascadedCopies() {
        long unitAssignment = assign("2026-05", "KPI-01", "PKH", true, "100");
        long measured = assign("2026-05", "KPI-01", "CB001", false, "100");
        expect(201, PUT("/api/assignments/" + measured + "/measurement", "{\"actual\": 9}"));
        expect(201, POST("/api/assignments", """
                {"period": "2026-05", "indicator": "KPI-01", "employee": "CB002", "target": 1, "weight": 100, "cascadedFrom": %d}"""
                .formatted(unitAssignment)));

        Reply withMeasurement = DELETE("/api/assignments/" + measured);
        Reply withCopies = DELETE("/api/assignments/" + unitAssignment);

        assertThat(withMeasurement.status()).isEqualTo(409);
        assertThat(withMeasurement.detail()).isEqualTo("Không xóa được giao chỉ tiêu «" + measured + "»: còn 1 số liệu thực hiện");
        assertThat(withCopies.detail())
                .isEqualTo("Không xóa được giao chỉ tiêu «" + unitAssignment + "»: còn 1 giao chỉ tiêu được phân bổ từ giao chỉ tiêu này");
        assertThat(count("assignments")).isEqualTo(3);
        assertThat(count("measurements")).isEqualTo(1);
    }

    @Test
    void shouldDeleteAnAssignmentAndAnswerUnknownIdsWithNotFound() {
        long id = assign("2026-05", "KPI-01", "PKH", true, "100");

        assertThat(DELETE("/api/assignments/" + id).status()).isEqualTo(204);
        assertThat(GET("/api/assignments/" + id).detail()).isEqualTo("Không tìm thấy giao chỉ tiêu «" + id + "»");
        assertThat(PUT("/api/assignments/" + id, """
                {"period": "2026-05", "indicator": "KPI-01", "unit": "PKH", "target": 1, "weight": 10}""").status()).isEqualTo(404);
    }
}
