package vn.gov.sokhcn.kpi.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuotaExemptionApiTest extends KpiApiTest {

    @BeforeEach
    void data() {
        unit("SO", null, true);
        unit("CCTDC", "SO", true);
        unit("PKH", "SO", false);
        period("2026-05");
        period("2026-06");
    }

    @Test
    void shouldRecordGetUpdateListAndDeleteAnExemption() {
        Reply created = POST("/api/quota-exemptions", """
                {"period": "2026-05", "agency": "CCTDC", "approvedBy": "Giám đốc Sở", "note": "Thành tích đột xuất"}""");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(GET("/api/quota-exemptions/" + id).body()).isEqualTo("{\"id\":" + id
                + ",\"period\":\"2026-05\",\"agency\":\"CCTDC\",\"approvedBy\":\"Giám đốc Sở\",\"note\":\"Thành tích đột xuất\"}");

        assertThat(PUT("/api/quota-exemptions/" + id, """
                {"period": "2026-06", "agency": "SO", "approvedBy": "UBND tỉnh"}""").status()).isEqualTo(200);
        POST("/api/quota-exemptions", "{\"period\": \"2026-05\", \"agency\": \"CCTDC\", \"approvedBy\": \"Giám đốc Sở\"}");
        assertThat(GET("/api/quota-exemptions?period=2026-06").json().get("items").findValuesAsString("agency")).containsExactly("SO");
        assertThat(GET("/api/quota-exemptions").json().get("total").asLong()).isEqualTo(2);

        assertThat(DELETE("/api/quota-exemptions/" + id).status()).isEqualTo(204);
        assertThat(GET("/api/quota-exemptions/" + id).detail()).isEqualTo("Không tìm thấy ngoại lệ hạn mức «" + id + "»");
    }

    @Test
    void shouldRefuseAUnitThatIsNoAgencyAndUnknownCodes() {
        Reply notAgency = POST("/api/quota-exemptions", "{\"period\": \"2026-05\", \"agency\": \"PKH\", \"approvedBy\": \"GĐ\"}");
        Reply unknown = POST("/api/quota-exemptions", "{\"period\": \"2099-01\", \"agency\": \"KHONG_CO\"}");

        assertThat(notAgency.status()).isEqualTo(400);
        assertThat(notAgency.error("$.agency")).isEqualTo("Đơn vị «PKH» không phải là cơ quan nên không có hạn mức riêng để miễn");
        assertThat(unknown.error("$.approvedBy")).isEqualTo("Thiếu người phê duyệt");
        assertThat(count("quota_exemptions")).isZero();
        Reply unknownCodes = POST("/api/quota-exemptions", "{\"period\": \"2099-01\", \"agency\": \"KHONG_CO\", \"approvedBy\": \"GĐ\"}");
        assertThat(unknownCodes.error("$.period")).isEqualTo("Không tìm thấy kỳ đánh giá «2099-01»");
        assertThat(unknownCodes.error("$.agency")).isEqualTo("Không tìm thấy đơn vị «KHONG_CO»");
    }

    @Test
    void shouldRefuseASecondExemptionOfAnAgencyInAPeriod() {
        POST("/api/quota-exemptions", "{\"period\": \"2026-05\", \"agency\": \"SO\", \"approvedBy\": \"UBND tỉnh\"}");

        Reply reply = POST("/api/quota-exemptions", "{\"period\": \"2026-05\", \"agency\": \"SO\", \"approvedBy\": \"UBND tỉnh\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Đã có ngoại lệ hạn mức cho cơ quan «SO» trong kỳ «2026-05»");
        assertThat(count("quota_exemptions")).isEqualTo(1);
        assertThat(DELETE("/api/periods/2026-05").detail()).isEqualTo("Không xóa được kỳ đánh giá «2026-05»: còn 1 ngoại lệ hạn mức");
    }
}
