package vn.gov.sokhcn.kpi.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeneralCriteriaApiTest extends KpiApiTest {
    static final String POINTS = "{\"politics\": 7.5, \"ethics\": 7, \"style\": 6.5, \"discipline\": 7.25}";

    @BeforeEach
    void data() {
        unit("SO", null, true);
        unit("PKH", "SO", false);
        unit("TTRA", "SO", false);
        employee("CB001", "PKH");
        employee("CB002", "TTRA");
        period("2026-05");
        period("2026-06");
    }

    @Test
    void shouldEnterAPersonsPointsThenReplaceThem() {
        Reply created = PUT("/api/general-criteria/2026-05/CB001", POINTS);
        assertThat(created.status()).isEqualTo(201);

        Reply replaced = PUT("/api/general-criteria/2026-05/CB001", "{\"politics\": 7, \"ethics\": 7, \"style\": 7, \"discipline\": 7}");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(count("general_criteria")).isEqualTo(1);
        var points = GET("/api/general-criteria/2026-05/CB001").json();
        assertThat(points.get("period").asString()).isEqualTo("2026-05");
        assertThat(points.get("employee").asString()).isEqualTo("CB001");
        assertThat(points.get("unit").asString()).isEqualTo("PKH");
        assertThat(points.get("politics").toString()).isEqualTo("7");
        assertThat(points.get("enteredBy").asString()).isEqualTo("hr");
        assertThat(points.get("enteredAt").isNull()).isFalse();
    }

    @Test
    void shouldListByPeriodAndUnit() {
        PUT("/api/general-criteria/2026-05/CB001", POINTS);
        PUT("/api/general-criteria/2026-05/CB002", POINTS);
        PUT("/api/general-criteria/2026-06/CB001", POINTS);

        assertThat(GET("/api/general-criteria?period=2026-05").json().get("items").findValuesAsString("employee"))
                .containsExactly("CB001", "CB002");
        assertThat(GET("/api/general-criteria?unit=PKH").json().get("items").findValuesAsString("period"))
                .containsExactly("2026-05", "2026-06");
        assertThat(GET("/api/general-criteria?period=2026-05&unit=TTRA").json().get("total").asLong()).isEqualTo(1);
        assertThat(GET("/api/general-criteria?unit=KHONG_CO").status()).isEqualTo(404);
    }

    @Test
    void shouldNameMissingAndNegativePoints() {
        Reply reply = PUT("/api/general-criteria/2026-05/CB001", "{\"politics\": -1, \"ethics\": 7, \"style\": 7}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("$.politics")).isEqualTo("Điểm không được âm");
        assertThat(reply.error("$.discipline")).isEqualTo("Thiếu điểm ý thức tổ chức kỷ luật");
        assertThat(count("general_criteria")).isZero();
    }

    @Test
    void shouldAnswerUnknownPeriodsAndPeopleWithNotFound() {
        assertThat(PUT("/api/general-criteria/2099-01/CB001", POINTS).detail()).isEqualTo("Không tìm thấy kỳ đánh giá «2099-01»");
        assertThat(PUT("/api/general-criteria/2026-05/CB999", POINTS).detail()).isEqualTo("Không tìm thấy cán bộ «CB999»");
        assertThat(GET("/api/general-criteria/2026-05/CB001").detail())
                .isEqualTo("Không tìm thấy điểm tiêu chí chung của cán bộ «CB001» trong kỳ «2026-05»");
    }

    @Test
    void shouldDeletePointsAndThenLetThePeriodGo() {
        PUT("/api/general-criteria/2026-05/CB001", POINTS);
        assertThat(DELETE("/api/periods/2026-05").detail())
                .isEqualTo("Không xóa được kỳ đánh giá «2026-05»: còn 1 bản điểm tiêu chí chung");

        assertThat(DELETE("/api/general-criteria/2026-05/CB001").status()).isEqualTo(204);
        assertThat(DELETE("/api/periods/2026-05").status()).isEqualTo(204);
    }
}
