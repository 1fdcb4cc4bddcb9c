package vn.gov.sokhcn.kpi.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeasurementApiTest extends KpiApiTest {
    long unitAssignment;
    long taskAssignment;
    long binaryAssignment;

    @BeforeEach
    void data() {
        unit("SO", null, true);
        unit("PKH", "SO", false);
        employee("CB001", "PKH");
        indicator("KPI-01", "HIGHER_IS_BETTER", "UNIT");
        indicator("PI-02", "TASKS", "PERSON");
        indicator("PI-03", "BINARY", "PERSON");
        period("2026-05");
        unitAssignment = assign("2026-05", "KPI-01", "PKH", true, "100");
        taskAssignment = assign("2026-05", "PI-02", "CB001", false, "70");
        binaryAssignment = assign("2026-05", "PI-03", "CB001", false, "30");
    }

    @Test
    void shouldEnterAnActualWithWhoAndWhen() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);

        Reply reply = PUT("/api/assignments/" + unitAssignment + "/measurement", """
                {"actual": 9.5, "source": "Cổng dịch vụ công", "evidenceNote": "Báo cáo tháng 5"}""");

        assertThat(reply.status()).isEqualTo(201);
        var m = GET("/api/assignments/" + unitAssignment + "/measurement").json();
        assertThat(m.get("assignment").asLong()).isEqualTo(unitAssignment);
        assertThat(m.get("period").asString()).isEqualTo("2026-05");
        assertThat(m.get("indicator").asString()).isEqualTo("KPI-01");
        assertThat(m.get("unit").asString()).isEqualTo("PKH");
        assertThat(m.get("actual").toString()).isEqualTo("9.5");
        assertThat(m.get("tasks").isNull()).isTrue();
        assertThat(m.get("source").asString()).isEqualTo("Cổng dịch vụ công");
        assertThat(m.get("evidenceNote").asString()).isEqualTo("Báo cáo tháng 5");
        assertThat(m.get("enteredBy").asString()).isEqualTo("hr");
        assertThat(OffsetDateTime.parse(m.get("enteredAt").asString())).isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(1));
        assertThat(GET("/api/assignments/" + unitAssignment).json().get("measured").asBoolean()).isTrue();
    }

    @Test
    void shouldEnterTaskCountsAndReplaceThem() {
        String counts = """
                {"tasks": {"assigned": 10, "done": 9, "atQuality": 8, "onTime": 7, "late": 2, "failedMajorError": 1,
                 "objectiveCause": true}}""";
        assertThat(PUT("/api/assignments/" + taskAssignment + "/measurement", counts).status()).isEqualTo(201);

        Reply replaced = PUT("/api/assignments/" + taskAssignment + "/measurement", """
                {"tasks": {"assigned": 10, "done": 10, "atQuality": 10, "onTime": 10}}""");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(count("measurements")).isEqualTo(1);
        var tasks = replaced.json().get("tasks");
        assertThat(tasks.toString()).isEqualTo(
                "{\"assigned\":10,\"done\":10,\"atQuality\":10,\"onTime\":10,\"late\":null,\"failedMajorError\":null,\"objectiveCause\":false}");
        assertThat(replaced.json().get("actual").isNull()).isTrue();
    }

    @Test
    void shouldRefuseAValueThatDoesNotFitThePolarity() {
        Reply actualForTasks = PUT("/api/assignments/" + taskAssignment + "/measurement", "{\"actual\": 5}");
        assertThat(actualForTasks.status()).isEqualTo(400);
        assertThat(actualForTasks.error("$.actual"))
                .isEqualTo("Chỉ số «PI-02» đếm sản phẩm (TASKS): không nhập giá trị thực hiện mà nhập số liệu sản phẩm (tasks)");
        assertThat(actualForTasks.error("$.tasks")).isEqualTo("Chỉ số đếm sản phẩm (TASKS) cần số liệu sản phẩm");

        Reply tasksForActual = PUT("/api/assignments/" + unitAssignment + "/measurement", """
                {"tasks": {"assigned": 1, "done": 1, "atQuality": 1, "onTime": 1}}""");
        assertThat(tasksForActual.error("$.tasks"))
                .isEqualTo("Chỉ số «KPI-01» không đếm sản phẩm (HIGHER_IS_BETTER): chỉ nhập giá trị thực hiện (actual)");
        assertThat(tasksForActual.error("$.actual")).isEqualTo("Thiếu giá trị thực hiện");

        assertThat(PUT("/api/assignments/" + binaryAssignment + "/measurement", "{\"actual\": 2}").error("$.actual"))
                .isEqualTo("Chỉ số có/không (BINARY) chỉ nhận 1 (hoàn thành) hoặc 0");
        assertThat(count("measurements")).isZero();
    }

    @Test
    void shouldRefuseAFractionOfAWholeCount() {
        jdbc.sql("UPDATE indicators SET unit_of_measure = 'nhiệm vụ' WHERE code = 'KPI-01'").update();

        Reply actual = PUT("/api/assignments/" + unitAssignment + "/measurement", "{\"actual\": 2.5}");
        assertThat(actual.status()).isEqualTo(400);
        assertThat(actual.error("$.actual"))
                .isEqualTo("Chỉ số «KPI-01» tính bằng «nhiệm vụ» nên giá trị thực hiện phải là số nguyên, không phải 2,5");
        Reply counts = PUT("/api/assignments/" + taskAssignment + "/measurement", """
                {"tasks": {"assigned": 10, "done": 9.5, "atQuality": 9, "onTime": 9}}""");
        assertThat(counts.status()).isEqualTo(400);
        assertThat(counts.error("$.tasks.done")).isEqualTo("Số sản phẩm phải là số nguyên (đếm từng sản phẩm), không phải 9,5");
        assertThat(count("measurements")).isZero();
        assertThat(PUT("/api/assignments/" + unitAssignment + "/measurement", "{\"actual\": 3.0}").status()).isEqualTo(201);
    }

    @Test
    void shouldRefuseInconsistentOrMissingTaskCounts() {
        Reply reply = PUT("/api/assignments/" + taskAssignment + "/measurement", """
                {"tasks": {"assigned": 5, "done": 6, "atQuality": 7, "onTime": 6, "late": 1, "failedMajorError": 8}}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("$.tasks.done")).isEqualTo("Số hoàn thành không được lớn hơn số được giao");
        assertThat(reply.error("$.tasks.atQuality")).isEqualTo("Số đạt chất lượng không được lớn hơn số hoàn thành");
        assertThat(reply.error("$.tasks.onTime")).isEqualTo("Số đúng hạn cộng số chậm không được lớn hơn số hoàn thành");
        assertThat(reply.error("$.tasks.failedMajorError"))
                .isEqualTo("Số bị trả lại do sai sót lớn không được lớn hơn số đạt chất lượng");

        Reply missing = PUT("/api/assignments/" + taskAssignment + "/measurement", "{\"tasks\": {\"assigned\": 0, \"done\": -1}}");
        assertThat(missing.error("$.tasks.assigned")).isEqualTo("Số sản phẩm được giao phải lớn hơn 0");
        assertThat(missing.error("$.tasks.done")).isEqualTo("Không được âm");
        assertThat(missing.error("$.tasks.atQuality")).isEqualTo("Thiếu số sản phẩm đạt chất lượng");
        assertThat(missing.error("$.tasks.onTime")).isEqualTo("Thiếu số sản phẩm đúng hạn");
    }

    @Test
    void shouldListByPeriodUnitAndEmployee() {
        PUT("/api/assignments/" + unitAssignment + "/measurement", "{\"actual\": 9}");
        PUT("/api/assignments/" + binaryAssignment + "/measurement", "{\"actual\": 1}");

        assertThat(GET("/api/measurements?period=2026-05").json().get("total").asLong()).isEqualTo(2);
        assertThat(GET("/api/measurements?unit=PKH").json().get("items").findValuesAsString("indicator")).containsExactly("KPI-01");
        assertThat(GET("/api/measurements?employee=CB001").json().get("items").findValuesAsString("indicator"))
                .containsExactly("PI-03");
        assertThat(GET("/api/measurements?employee=CB999").detail()).isEqualTo("Không tìm thấy cán bộ «CB999»");
    }

    @Test
    void shouldDeleteAMeasurementByIdOrByAssignment() {
        long id = PUT("/api/assignments/" + unitAssignment + "/measurement", "{\"actual\": 9}").json().get("id").asLong();
        PUT("/api/assignments/" + binaryAssignment + "/measurement", "{\"actual\": 1}");

        assertThat(GET("/api/measurements/" + id).json().get("actual").toString()).isEqualTo("9");
        assertThat(DELETE("/api/measurements/" + id).status()).isEqualTo(204);
        assertThat(DELETE("/api/assignments/" + binaryAssignment + "/measurement").status()).isEqualTo(204);
        assertThat(count("measurements")).isZero();
        assertThat(GET("/api/measurements/" + id).detail()).isEqualTo("Không tìm thấy số liệu thực hiện «" + id + "»");
        assertThat(GET("/api/assignments/" + unitAssignment + "/measurement").detail())
                .isEqualTo("Không tìm thấy số liệu thực hiện của giao chỉ tiêu «" + unitAssignment + "»");
        assertThat(DELETE("/api/assignments/" + unitAssignment).status()).isEqualTo(204);
    }

    @Test
    void shouldAnswerAnUnknownAssignmentWithNotFound() {
        Reply reply = PUT("/api/assignments/987654/measurement", "{\"actual\": 1}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.detail()).isEqualTo("Không tìm thấy giao chỉ tiêu «987654»");
    }
}
