package vn.gov.sokhcn.kpi.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StrategyMapApiTest extends KpiApiTest {

    @BeforeEach
    void map() {
        POST("/api/strategy-map/perspectives", """
                {"code": "STAKEHOLDERS", "name": "Người dân và doanh nghiệp", "sortOrder": 1}""");
        POST("/api/strategy-map/perspectives", """
                {"code": "INTERNAL_PROCESS", "name": "Quy trình nội bộ", "sortOrder": 3}""");
        POST("/api/strategy-map/objectives", """
                {"code": "MT-01", "name": "Người dân hài lòng", "perspective": "STAKEHOLDERS"}""");
        POST("/api/strategy-map/objectives", """
                {"code": "MT-05", "name": "Giải quyết hồ sơ đúng hạn", "perspective": "INTERNAL_PROCESS", "effects": ["MT-01"]}""");
        POST("/api/strategy-map/csfs", """
                {"code": "CSF-01", "name": "Hồ sơ được xử lý trực tuyến", "objective": "MT-05"}""");
    }

    @Test
    void shouldShowTheWholeMapWithPerspectivesInOrderAndCauseEffectLinks() {
        indicator("KPI-01", "\"csf\": \"CSF-01\"");
        indicator("RI-02", "\"objective\": \"MT-01\"");
        indicator("PI-09", "\"objective\": null");

        KpiApiTest.Reply reply = GET("/api/strategy-map");

        assertThat(reply.status()).isEqualTo(200);
        var map = reply.json();
        assertThat(map.at("/perspectives/0/code").asString()).isEqualTo("STAKEHOLDERS");
        assertThat(map.at("/perspectives/1/code").asString()).isEqualTo("INTERNAL_PROCESS");
        assertThat(map.at("/perspectives/0/objectives/0/code").asString()).isEqualTo("MT-01");
        assertThat(map.at("/perspectives/0/objectives/0/indicators/0/code").asString()).isEqualTo("RI-02");
        assertThat(map.at("/perspectives/1/objectives/0/csfs/0/code").asString()).isEqualTo("CSF-01");
        assertThat(map.at("/perspectives/1/objectives/0/csfs/0/indicators/0/code").asString()).isEqualTo("KPI-01");
        assertThat(map.at("/perspectives/1/objectives/0/indicators").size()).isZero();
        assertThat(map.at("/links").toString()).isEqualTo("[{\"from\":\"MT-05\",\"to\":\"MT-01\"}]");
        assertThat(map.at("/unplacedIndicators/0/code").asString()).isEqualTo("PI-09");
    }

    @Test
    void shouldCreateGetUpdateAndDeleteAnObjectiveWithItsEffects() {
        KpiApiTest.Reply created = POST("/api/strategy-map/objectives", """
                {"code": "MT-09", "name": "Năng lực đội ngũ", "perspective": "INTERNAL_PROCESS", "effects": ["MT-05", "MT-01"]}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isPositive();
        assertThat(created.json().get("effects").toString()).isEqualTo("[\"MT-01\",\"MT-05\"]");

        KpiApiTest.Reply updated = PUT("/api/strategy-map/objectives/MT-09", """
                {"code": "MT-09", "name": "Năng lực đội ngũ cán bộ", "perspective": "STAKEHOLDERS", "effects": ["MT-05"]}""");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(GET("/api/strategy-map/objectives/MT-09").json().get("effects").toString()).isEqualTo("[\"MT-05\"]");
        assertThat(GET("/api/strategy-map/objectives/MT-09").json().get("perspective").asString()).isEqualTo("STAKEHOLDERS");
        assertThat(count("objective_links")).isEqualTo(2);

        assertThat(DELETE("/api/strategy-map/objectives/MT-09").status()).isEqualTo(204);
        assertThat(GET("/api/strategy-map/objectives/MT-09").status()).isEqualTo(404);
        assertThat(count("objective_links")).isEqualTo(1);
    }

    @Test
    void shouldNameEveryBadFieldOfAnObjective() {
        KpiApiTest.Reply reply = POST("/api/strategy-map/objectives", """
                {"code": "MT-10", "name": "X", "perspective": "KHONG_CO", "effects": ["MT-10", "MT-99"]}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("$.perspective")).isEqualTo("Không tìm thấy phương diện «KHONG_CO»");
        assertThat(reply.error("$.effects[0]")).isEqualTo("Một mục tiêu không thể là kết quả của chính nó");
        assertThat(reply.error("$.effects[1]")).isEqualTo("Không tìm thấy mục tiêu «MT-99»");
        assertThat(count("objectives")).isEqualTo(2);
    }

    @Test
    void shouldRefuseAMissingNameAndABadCode() {
        KpiApiTest.Reply reply = POST("/api/strategy-map/csfs", """
                {"code": "CSF 01", "objective": "MT-01"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("$.name")).isEqualTo("Thiếu tên");
        assertThat(reply.error("$.code"))
                .isEqualTo("Mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -, bắt đầu bằng chữ hoặc số, dài tối đa 40 ký tự");
    }

    @Test
    void shouldRefuseADuplicateCode() {
        KpiApiTest.Reply reply = POST("/api/strategy-map/objectives", """
                {"code": "MT-01", "name": "Trùng", "perspective": "STAKEHOLDERS"}""");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Đã có mục tiêu mã «MT-01»");
        assertThat(POST("/api/strategy-map/perspectives", "{\"code\": \"STAKEHOLDERS\", \"name\": \"x\"}").status()).isEqualTo(409);
        assertThat(POST("/api/strategy-map/csfs", "{\"code\": \"CSF-01\", \"name\": \"x\", \"objective\": \"MT-01\"}").status())
                .isEqualTo(409);
    }

    @Test
    void shouldAnswerUnknownCodesWithNotFound() {
        assertThat(GET("/api/strategy-map/perspectives/KHONG_CO").detail()).isEqualTo("Không tìm thấy phương diện «KHONG_CO»");
        assertThat(GET("/api/strategy-map/objectives/MT-99").status()).isEqualTo(404);
        assertThat(DELETE("/api/strategy-map/csfs/CSF-99").detail()).isEqualTo("Không tìm thấy yếu tố thành công then chốt «CSF-99»");
        assertThat(PUT("/api/strategy-map/csfs/CSF-99", "{\"code\": \"CSF-99\", \"name\": \"x\", \"objective\": \"MT-01\"}").status())
                .isEqualTo(404);
    }

    @Test
    void shouldRefuseDeletingAnObjectiveThatStillHasCsfsIndicatorsAndCauses() {
        indicator("KPI-01", "\"objective\": \"MT-05\"");

        KpiApiTest.Reply objective = DELETE("/api/strategy-map/objectives/MT-05");
        KpiApiTest.Reply effect = DELETE("/api/strategy-map/objectives/MT-01");

        assertThat(objective.status()).isEqualTo(409);
        assertThat(objective.json().get("type").asString()).isEqualTo("urn:kpi:problem:still-referenced");
        assertThat(objective.detail()).isEqualTo("Không xóa được mục tiêu «MT-05»: còn 1 yếu tố thành công then chốt, 1 chỉ số");
        assertThat(effect.detail())
                .isEqualTo("Không xóa được mục tiêu «MT-01»: còn 1 mục tiêu dẫn tới mục tiêu này (quan hệ nhân quả)");
        assertThat(count("objectives")).isEqualTo(2);
        assertThat(count("objective_links")).isEqualTo(1);
    }

    @Test
    void shouldRefuseDeletingAPerspectiveWithObjectivesAndACsfWithIndicators() {
        indicator("KPI-01", "\"csf\": \"CSF-01\"");

        assertThat(DELETE("/api/strategy-map/perspectives/STAKEHOLDERS").detail())
                .isEqualTo("Không xóa được phương diện «STAKEHOLDERS»: còn 1 mục tiêu");
        assertThat(DELETE("/api/strategy-map/csfs/CSF-01").detail())
                .isEqualTo("Không xóa được yếu tố thành công then chốt «CSF-01»: còn 1 chỉ số");
        assertThat(count("perspectives")).isEqualTo(2);
        assertThat(count("csfs")).isEqualTo(1);
    }

    @Test
    void shouldListUpdateAndDeletePerspectivesAndCsfs() {
        assertThat(GET("/api/strategy-map/perspectives").json().findValuesAsString("code"))
                .containsExactly("STAKEHOLDERS", "INTERNAL_PROCESS");
        assertThat(PUT("/api/strategy-map/perspectives/INTERNAL_PROCESS", """
                {"code": "INTERNAL_PROCESS", "name": "Quy trình", "sortOrder": 0}""").json().get("sortOrder").asInt()).isZero();
        assertThat(GET("/api/strategy-map/perspectives").json().findValuesAsString("code"))
                .containsExactly("INTERNAL_PROCESS", "STAKEHOLDERS");

        assertThat(PUT("/api/strategy-map/csfs/CSF-01", """
                {"code": "CSF-01", "name": "Trực tuyến", "objective": "MT-01"}""").json().get("objective").asString()).isEqualTo("MT-01");
        assertThat(GET("/api/strategy-map/csfs").json().get(0).get("name").asString()).isEqualTo("Trực tuyến");
        assertThat(DELETE("/api/strategy-map/csfs/CSF-01").status()).isEqualTo(204);
        assertThat(count("csfs")).isZero();
    }

    private void indicator(String code, String link) {
        KpiApiTest.Reply reply = POST("/api/indicators", """
                {"code": "%s", "name": "Chỉ số %s", "kind": "KPI", "polarity": "HIGHER_IS_BETTER", "frequency": "MONTH",
                 "ownerLevel": "UNIT", %s}""".formatted(code, code, link));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
