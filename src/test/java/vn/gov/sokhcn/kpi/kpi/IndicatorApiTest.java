package vn.gov.sokhcn.kpi.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndicatorApiTest extends KpiApiTest {

    @BeforeEach
    void map() {
        POST("/api/strategy-map/perspectives", "{\"code\": \"STAKEHOLDERS\", \"name\": \"Người dân\", \"sortOrder\": 1}");
        POST("/api/strategy-map/perspectives", "{\"code\": \"FINANCE\", \"name\": \"Tài chính\", \"sortOrder\": 2}");
        POST("/api/strategy-map/objectives", "{\"code\": \"MT-01\", \"name\": \"Hài lòng\", \"perspective\": \"STAKEHOLDERS\"}");
        POST("/api/strategy-map/objectives", "{\"code\": \"MT-03\", \"name\": \"Giải ngân\", \"perspective\": \"FINANCE\"}");
        POST("/api/strategy-map/csfs", "{\"code\": \"CSF-01\", \"name\": \"Trực tuyến\", \"objective\": \"MT-01\"}");
        post("KPI-01", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "KPI", "UNIT", "\"csf\": \"CSF-01\"");
        post("RI-02", "Số nhiệm vụ KH&CN được nghiệm thu", "RI", "PERSON", "\"objective\": \"MT-01\"");
        post("KRI-03", "Tỷ lệ giải ngân vốn sự nghiệp KH&CN", "KRI", "DEPARTMENT", "\"objective\": \"MT-03\"");
    }

    @Test
    void shouldCreateAndGetAnIndicatorWithItsPlaceOnTheMap() {
        Reply reply = GET("/api/indicators/KPI-01");

        assertThat(reply.status()).isEqualTo(200);
        var indicator = reply.json();
        assertThat(indicator.get("id").asLong()).isPositive();
        assertThat(indicator.get("kind").asString()).isEqualTo("KPI");
        assertThat(indicator.get("polarity").asString()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(indicator.get("unitOfMeasure").asString()).isEqualTo("%");
        assertThat(indicator.get("frequency").asString()).isEqualTo("MONTH");
        assertThat(indicator.get("dataSource").asString()).isEqualTo("Cổng dịch vụ công");
        assertThat(indicator.get("csf").asString()).isEqualTo("CSF-01");
        assertThat(indicator.get("objective").asString()).isEqualTo("MT-01");
        assertThat(indicator.get("perspective").asString()).isEqualTo("STAKEHOLDERS");
    }

    @Test
    void shouldFilterByKindPerspectiveObjectiveOwnerLevelAndText() {
        assertThat(codes("")).containsExactly("KPI-01", "KRI-03", "RI-02");
        assertThat(codes("?kind=RI")).containsExactly("RI-02");
        assertThat(codes("?perspective=STAKEHOLDERS")).containsExactly("KPI-01", "RI-02");
        assertThat(codes("?objective=MT-03")).containsExactly("KRI-03");
        assertThat(codes("?ownerLevel=PERSON")).containsExactly("RI-02");
        assertThat(codes("?q=giải")).containsExactly("KPI-01", "KRI-03");
        assertThat(codes("?q=kri")).containsExactly("KRI-03");
        assertThat(codes("?perspective=STAKEHOLDERS&kind=KPI")).containsExactly("KPI-01");
        Reply page = GET("/api/indicators?page=1&size=2");
        assertThat(page.json().get("total").asLong()).isEqualTo(3);
        assertThat(page.json().get("page").asInt()).isEqualTo(1);
        assertThat(page.json().get("items").findValuesAsString("code")).containsExactly("RI-02");
    }

    @Test
    void shouldRefuseBadFiltersAndUnknownFilterCodes() {
        assertThat(GET("/api/indicators?kind=XYZ").error("kind")).isEqualTo("Giá trị «XYZ» không hợp lệ; chỉ nhận một trong: KRI, RI, PI, KPI");
        assertThat(GET("/api/indicators?size=0").error("size")).isEqualTo("Cỡ trang phải từ 1 đến 500");
        Reply unknown = GET("/api/indicators?objective=MT-99");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("Không tìm thấy mục tiêu «MT-99»");
    }

    @Test
    void shouldUpdateAnIndicator() {
        Reply reply = PUT("/api/indicators/RI-02", """
                {"code": "RI-02", "name": "Số nhiệm vụ nghiệm thu", "kind": "PI", "polarity": "TASKS", "frequency": "QUARTER",
                 "ownerLevel": "PERSON", "objective": "MT-03"}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("kind").asString()).isEqualTo("PI");
        assertThat(reply.json().get("perspective").asString()).isEqualTo("FINANCE");
        assertThat(GET("/api/indicators/RI-02").json().get("polarity").asString()).isEqualTo("TASKS");
    }

    @Test
    void shouldNameMissingFieldsAndUnknownEnumValues() {
        Reply missing = POST("/api/indicators", "{\"code\": \"PI-04\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error("$.name")).isEqualTo("Thiếu tên");
        assertThat(missing.error("$.kind")).isEqualTo("Thiếu loại chỉ số (KRI, RI, PI hoặc KPI)");
        assertThat(missing.error("$.polarity"))
                .isEqualTo("Thiếu chiều chỉ số (HIGHER_IS_BETTER, LOWER_IS_BETTER, TARGET_RANGE, BINARY hoặc TASKS)");
        assertThat(missing.error("$.frequency")).isEqualTo("Thiếu tần suất (MONTH, QUARTER hoặc YEAR)");
        assertThat(missing.error("$.ownerLevel")).isEqualTo("Thiếu cấp sở hữu (DEPARTMENT, UNIT hoặc PERSON)");

        Reply badEnum = POST("/api/indicators", """
                {"code": "PI-04", "name": "x", "kind": "KPI", "polarity": "UP", "frequency": "MONTH", "ownerLevel": "UNIT"}""");
        assertThat(badEnum.error("$.polarity"))
                .isEqualTo("Giá trị «UP» không hợp lệ; chỉ nhận một trong: HIGHER_IS_BETTER, LOWER_IS_BETTER, TARGET_RANGE, BINARY, TASKS");
    }

    @Test
    void shouldRefuseACsfOfAnotherObjectiveAndUnknownReferences() {
        Reply reply = POST("/api/indicators", """
                {"code": "PI-04", "name": "x", "kind": "PI", "polarity": "BINARY", "frequency": "MONTH", "ownerLevel": "UNIT",
                 "objective": "MT-03", "csf": "CSF-01"}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("$.csf")).isEqualTo("Yếu tố «CSF-01» thuộc mục tiêu «MT-01», không thuộc mục tiêu «MT-03»");

        Reply unknown = POST("/api/indicators", """
                {"code": "PI-04", "name": "x", "kind": "PI", "polarity": "BINARY", "frequency": "MONTH", "ownerLevel": "UNIT",
                 "objective": "MT-99", "csf": "CSF-99"}""");
        assertThat(unknown.error("$.objective")).isEqualTo("Không tìm thấy mục tiêu «MT-99»");
        assertThat(unknown.error("$.csf")).isEqualTo("Không tìm thấy yếu tố thành công then chốt «CSF-99»");
        assertThat(count("indicators")).isEqualTo(3);
    }

    @Test
    void shouldRefuseADuplicateCodeAndAnswerUnknownCodesWithNotFound() {
        Reply duplicate = POST("/api/indicators", """
                {"code": "KPI-01", "name": "x", "kind": "PI", "polarity": "BINARY", "frequency": "MONTH", "ownerLevel": "UNIT"}""");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.detail()).isEqualTo("Đã có chỉ số mã «KPI-01»");
        assertThat(GET("/api/indicators/KPI-99").detail()).isEqualTo("Không tìm thấy chỉ số «KPI-99»");
        assertThat(DELETE("/api/indicators/KPI-99").status()).isEqualTo(404);
    }

    @Test
    void shouldDeleteAnUnassignedIndicatorAndRefuseAnAssignedOne() {
        period("2026-05");
        unit("SO", null, true);
        assign("2026-05", "KPI-01", "SO", true, "100");

        Reply refused = DELETE("/api/indicators/KPI-01");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).isEqualTo("Không xóa được chỉ số «KPI-01»: còn 1 giao chỉ tiêu");
        assertThat(count("indicators")).isEqualTo(3);
        assertThat(DELETE("/api/indicators/RI-02").status()).isEqualTo(204);
        assertThat(count("indicators")).isEqualTo(2);
    }

    private void post(String code, String name, String kind, String ownerLevel, String link) {
        expect(201, POST("/api/indicators", """
                {"code": "%s", "name": "%s", "kind": "%s", "polarity": "HIGHER_IS_BETTER", "unitOfMeasure": "%%",
                 "frequency": "MONTH", "dataSource": "Cổng dịch vụ công", "ownerLevel": "%s", %s}"""
                .formatted(code, name, kind, ownerLevel, link)));
    }

    private java.util.List<String> codes(String query) {
        return GET("/api/indicators" + query).json().get("items").findValuesAsString("code");
    }
}
