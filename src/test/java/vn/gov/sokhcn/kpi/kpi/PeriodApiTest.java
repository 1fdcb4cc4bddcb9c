package vn.gov.sokhcn.kpi.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodApiTest extends KpiApiTest {

    @Test
    void shouldDeriveKindAndDatesFromTheCodeAlone() {
        Reply month = POST("/api/periods", "{\"code\": \"2026-02\"}");
        Reply quarter = POST("/api/periods", "{\"code\": \"2026-Q2\"}");
        Reply year = POST("/api/periods", "{\"code\": \"2026\"}");

        assertThat(month.status()).isEqualTo(201);
        assertThat(month.json().get("kind").asString()).isEqualTo("MONTH");
        assertThat(month.json().get("start").asString()).isEqualTo("2026-02-01");
        assertThat(month.json().get("end").asString()).isEqualTo("2026-02-28");
        assertThat(quarter.json().get("start").asString()).isEqualTo("2026-04-01");
        assertThat(quarter.json().get("end").asString()).isEqualTo("2026-06-30");
        assertThat(year.json().get("kind").asString()).isEqualTo("YEAR");
        assertThat(year.json().get("end").asString()).isEqualTo("2026-12-31");
        assertThat(year.json().get("pilot").asBoolean()).isFalse();
    }

    @Test
    void shouldMarkPeriodsWithinThePilotMonthsAsPilotUnlessTold() {
        assertThat(POST("/api/periods", "{\"code\": \"2023-05\"}").json().get("pilot").asBoolean()).isTrue();
        assertThat(POST("/api/periods", "{\"code\": \"2023-07\"}").json().get("pilot").asBoolean()).isTrue();
        assertThat(POST("/api/periods", "{\"code\": \"2023-08\"}").json().get("pilot").asBoolean()).isFalse();
        assertThat(POST("/api/periods", "{\"code\": \"2023-Q2\"}").json().get("pilot").asBoolean()).isFalse();
        assertThat(POST("/api/periods", "{\"code\": \"2023-06\", \"pilot\": false}").json().get("pilot").asBoolean()).isFalse();
    }

    @Test
    void shouldNameTheFieldThatDisagreesWithTheCode() {
        Reply reply = POST("/api/periods", """
                {"code": "2026-Q2", "kind": "MONTH", "start": "2026-04-02", "end": "2026-06-30"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("$.kind")).isEqualTo("Kỳ «2026-Q2» là kỳ QUARTER, không phải MONTH");
        assertThat(reply.error("$.start")).isEqualTo("Kỳ «2026-Q2» bắt đầu ngày 2026-04-01, không phải 2026-04-02");
        assertThat(reply.json().get("errors").size()).isEqualTo(2);
        assertThat(count("periods")).isZero();
    }

    @Test
    void shouldRefuseACodeOfNoKnownShape() {
        for (String code : new String[] {"2026-13", "2026-Q5", "26", "tháng 5"}) {
            Reply reply = POST("/api/periods", "{\"code\": \"" + code + "\"}");
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.error("$.code")).isEqualTo("Mã kỳ phải có dạng 2026-05 (tháng), 2026-Q2 (quý) hoặc 2026 (năm)");
        }
        assertThat(POST("/api/periods", "{}").error("$.code")).isEqualTo("Thiếu mã kỳ");
    }

    @Test
    void shouldRefuseADuplicatePeriod() {
        period("2026-05");

        Reply reply = POST("/api/periods", "{\"code\": \"2026-05\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Đã có kỳ đánh giá «2026-05»");
    }

    @Test
    void shouldListByKindAndYearEarliestFirst() {
        for (String code : new String[] {"2026-05", "2026-Q2", "2026", "2023-06", "2026-04"}) {
            period(code);
        }

        assertThat(GET("/api/periods?year=2026").json().get("items").findValuesAsString("code"))
                .containsExactly("2026", "2026-Q2", "2026-04", "2026-05");
        assertThat(GET("/api/periods?kind=MONTH").json().get("items").findValuesAsString("code"))
                .containsExactly("2023-06", "2026-04", "2026-05");
        Reply page = GET("/api/periods?page=1&size=2");
        assertThat(page.json().get("total").asLong()).isEqualTo(5);
        assertThat(page.json().get("items").findValuesAsString("code")).containsExactly("2026-Q2", "2026-04");
        assertThat(GET("/api/periods?kind=WEEK").error("kind")).isEqualTo("Giá trị «WEEK» không hợp lệ; chỉ nhận một trong: MONTH, QUARTER, YEAR");
    }

    @Test
    void shouldChangeOnlyThePilotFlag() {
        period("2023-06");

        Reply reply = PUT("/api/periods/2023-06", "{\"code\": \"2023-06\", \"pilot\": false}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(GET("/api/periods/2023-06").json().get("pilot").asBoolean()).isFalse();
        assertThat(PUT("/api/periods/2023-06", "{\"code\": \"2023-07\"}").error("$.code"))
                .isEqualTo("Không đổi được mã kỳ «2023-06»; hãy tạo kỳ mới");
    }

    @Test
    void shouldDeleteAnUnusedPeriodAndAnswerUnknownWithNotFound() {
        period("2026-05");

        assertThat(DELETE("/api/periods/2026-05").status()).isEqualTo(204);
        Reply missing = GET("/api/periods/2026-05");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.detail()).isEqualTo("Không tìm thấy kỳ đánh giá «2026-05»");
    }

    @Test
    void shouldRefuseDeletingAPeriodThatStillHasAssignmentsOrRuns() {
        period("2026-05");
        unit("SO", null, true);
        indicator("KPI-01", "HIGHER_IS_BETTER", "UNIT");
        assign("2026-05", "KPI-01", "SO", true, "100");
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, started_by, started_at)
                VALUES (:period, 'COMPLETED', 'hr', CURRENT_TIMESTAMP)""").param("period", id("periods", "2026-05")).update();

        Reply reply = DELETE("/api/periods/2026-05");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Không xóa được kỳ đánh giá «2026-05»: còn 1 giao chỉ tiêu, 1 lượt đánh giá chính thức");
        assertThat(count("periods")).isEqualTo(1);
        assertThat(count("assignments")).isEqualTo(1);
    }
}
