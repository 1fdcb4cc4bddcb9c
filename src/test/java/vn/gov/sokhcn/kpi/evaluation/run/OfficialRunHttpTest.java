package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Official runs of the small stored Department of {@code runs/small-department.sql} over real HTTP
 * (Decree 335: 30 general + 70 task points). March 2026, worked by hand: E1 30 + 70 × 80% = 86,
 * HTTNV; E2 28 + 70 × 90% = 91, HTXSNV by band but moved to HTTNV by the quota (one HTTNV among the
 * civil servants of SO allows none); E3 30 + 70 = 100 but reprimanded on 10 March, KHTNV; E4, a
 * public employee who started on 20 March (12 of 31 days, 0.39 months), 30 + 70 = 100, NOT_RATED;
 * unit P1 60 of a target of 50 = 120%, HTXSNV. February: E2 on sick leave 7 of 28 days (0.25 months),
 * 28 + 70 = 98, at most HTNV. January: E1 93, E2 98, E3 100, unit P1 100%.
 */
class OfficialRunHttpTest extends StoredDepartmentTest {

    @Test
    void shouldStoreARunOfAStoredMonthWithTheRuleSetWhoStartedItAndTheRatings() {
        RunHttp.Reply reply = http.post("/api/periods/2026-03/runs");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode run = reply.json();
        long id = run.at("/id").asLong();
        assertThat(reply.location()).isEqualTo("/api/runs/" + id);
        assertThat(run.at("/period").asString()).isEqualTo("2026-03");
        assertThat(run.at("/state").asString()).isEqualTo("COMPLETED");
        assertThat(run.at("/ruleSet/version").asInt()).isEqualTo(ruleSet.get().version());
        assertThat(run.at("/ruleSet/sha256").asString()).isEqualTo(ruleSet.get().sha256());
        assertThat(run.at("/regime").asString()).isEqualTo("DECREE_335");
        assertThat(run.at("/startedBy").asString()).isEqualTo("hr");
        assertThat(run.at("/finishedAt").asString()).isGreaterThanOrEqualTo(run.at("/startedAt").asString());
        assertThat(run.at("/counts").toString()).isEqualTo("{\"employees\":4,\"units\":2}");
        assertThat(run.at("/ratings").toString()).isEqualTo("{\"HTXSNV\":0,\"HTTNV\":2,\"HTNV\":0,\"KHTNV\":1,\"NOT_RATED\":1}");
        assertThat(run.at("/unitRatings").toString()).isEqualTo("{\"HTXSNV\":1,\"HTTNV\":0,\"HTNV\":0,\"KHTNV\":0,\"NOT_RATED\":1}");
        assertThat(jdbc.sql("SELECT action || ' ' || actor || ': ' || detail FROM audit_events WHERE object_type = 'EvaluationRun' "
                + "AND object_id = ? ORDER BY id").param(String.valueOf(id)).query(String.class).list()).containsExactly(
                "RUN_STARTED " + run.at("/startedBy").asString() + ": Bắt đầu lượt đánh giá " + id + " của kỳ «2026-03» với bộ quy tắc phiên bản "
                        + ruleSet.get().version(),
                "RUN_COMPLETED " + run.at("/startedBy").asString() + ": Hoàn thành lượt đánh giá " + id + " của kỳ «2026-03»: 4 cán bộ, 2 đơn vị");
        assertThat(http.get("/api/runs/" + id).body()).isEqualTo(reply.body());
        var stored = jdbc.sql("SELECT rule_set_sha256, started_by, inputs FROM evaluation_runs WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(stored.get("rule_set_sha256")).isEqualTo(ruleSet.get().sha256());
        assertThat(stored.get("started_by")).isEqualTo("hr");
        assertThat((String) stored.get("inputs")).contains("\"id\":\"E4\"", "\"monthsWorked\":0.387096774");
    }

    @ParameterizedTest(name = "{0}: {1} ({2} + {3}) {4}")
    @CsvSource({
            "E1, 86.00, 56.00, 30.00, HTTNV, Xếp loại cuối cùng: HTTNV (Hoàn thành tốt nhiệm vụ).",
            "E2, 91.00, 63.00, 28.00, HTTNV, 'Hạn mức: trong cơ quan SO, nhóm nhiệm vụ «Công chức» có 1 người HTTNV nên tối đa 0 người HTXSNV (20%, làm tròn xuống), nhưng đang có 1; người này xếp thấp nhất trong số đó (91 điểm) nên chuyển xuống HTTNV (Hoàn thành tốt nhiệm vụ).'",
            "E3, 100.00, 70.00, 30.00, KHTNV, 'Vi phạm: bị xử lý kỷ luật trong năm nên xếp loại tối đa KHTNV (Không hoàn thành nhiệm vụ), không phụ thuộc điểm.'",
            "E4, 100.00, 70.00, 30.00, NOT_RATED, 'Thời gian làm việc 0,39 tháng, nghỉ 0 tháng: «Làm việc dưới nửa tháng» nên chưa xếp loại.'"})
    void shouldStoreEachPersonsScoresRatingAndReasons(String employee, String score, String task, String general,
                                                       String rating, String reason) {
        JsonNode result = resultOf(run("2026-03"), employee);

        assertThat(result.at("/score").decimalValue()).isEqualByComparingTo(score);
        assertThat(result.at("/taskScore").decimalValue()).isEqualByComparingTo(task);
        assertThat(result.at("/generalScore").decimalValue()).isEqualByComparingTo(general);
        assertThat(result.at("/rating").asString()).isEqualTo(rating);
        assertThat(result.at("/unit").asString()).isEqualTo("P1");
        assertThat(result.at("/achievements/0/indicator").asString()).isEqualTo("I1");
        assertThat(result.at("/reasons").findValuesAsString("message")).contains(reason);
    }

    @Test
    void shouldCapSomeoneOnLeaveForAQuarterOfTheMonthAtHtnv() {
        JsonNode e2 = resultOf(run("2026-02"), "E2");

        assertThat(e2.at("/score").decimalValue()).isEqualByComparingTo("98");
        assertThat(e2.at("/rating").asString()).isEqualTo("HTNV");
        assertThat(e2.at("/reasons").findValuesAsString("message")).contains(
                "Thời gian làm việc 0,75 tháng, nghỉ 0,25 tháng: «Nghỉ từ một phần tư đến dưới nửa tháng» nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).");
    }

    @Test
    void shouldMakeANewRunEachTimeAPeriodIsRun() {
        long before = http.get("/api/periods/2026-03/runs").json().at("/total").asLong();

        long first = run("2026-03");
        long second = run("2026-03");

        assertThat(second).isGreaterThan(first);
        JsonNode runs = http.get("/api/periods/2026-03/runs?size=2").json();
        assertThat(runs.at("/total").asLong()).isEqualTo(before + 2);
        assertThat(runs.at("/items/0/id").asLong()).isEqualTo(second);
        assertThat(runs.at("/items/1/id").asLong()).isEqualTo(first);
        assertThat(http.get("/api/runs/" + first + "/results").json().at("/total").asLong()).isEqualTo(4);
        assertThat(http.get("/api/runs/" + second + "/results").json().at("/total").asLong()).isEqualTo(4);
    }

    @Test
    void shouldPageAndFilterTheResultsOfARun() {
        long id = run("2026-03");

        JsonNode page = http.get("/api/runs/" + id + "/results?page=1&size=3").json();
        assertThat(page.at("/total").asLong()).isEqualTo(4);
        assertThat(page.at("/page").asInt()).isEqualTo(1);
        assertThat(page.at("/items").findValuesAsString("employee")).containsExactly("E4");
        assertThat(http.get("/api/runs/" + id + "/results?rating=HTTNV").json().at("/items").findValuesAsString("employee"))
                .containsExactly("E1", "E2");
        assertThat(http.get("/api/runs/" + id + "/results?staffType=PUBLIC_EMPLOYEE").json().at("/items")
                .findValuesAsString("employee")).containsExactly("E4");
        assertThat(http.get("/api/runs/" + id + "/results?unit=P1&rating=KHTNV").json().at("/items")
                .findValuesAsString("employee")).containsExactly("E3");
        assertThat(http.get("/api/runs/" + id + "/results?unit=SO").json().at("/total").asLong()).isZero();
    }

    @Test
    void shouldRefuseAnUnknownRatingFilterNamingTheParameter() {
        long id = run("2026-03");

        RunHttp.Reply reply = http.get("/api/runs/" + id + "/results?rating=GOOD&size=0");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/errors").toString()).isEqualTo("[{\"field\":\"size\",\"message\":\"Cỡ trang phải từ 1 đến 500\"},"
                + "{\"field\":\"rating\",\"message\":\"Giá trị «GOOD» không hợp lệ; chỉ nhận một trong: NOT_RATED, KHTNV, HTNV, HTTNV, HTXSNV\"}]");
    }

    @Test
    void shouldShowAPersonAcrossPeriodsFromTheLatestCompletedRunOfEach() {
        long february = run("2026-02");
        run("2026-03");
        long latestMarch = run("2026-03");
        http.post("/api/periods/2026-04/runs"); // fails: no result

        JsonNode results = http.get("/api/employees/E1/results").json();

        assertThat(results.at("/items").findValuesAsString("period")).containsSubsequence("2026-02", "2026-03");
        assertThat(results.at("/items").findValuesAsString("period")).doesNotContain("2026-04");
        JsonNode feb = StreamSupport.stream(results.at("/items").spliterator(), false)
                .filter(i -> i.at("/period").asString().equals("2026-02")).findFirst().orElseThrow();
        JsonNode march = StreamSupport.stream(results.at("/items").spliterator(), false)
                .filter(i -> i.at("/period").asString().equals("2026-03")).findFirst().orElseThrow();
        assertThat(feb.at("/runId").asLong()).isGreaterThanOrEqualTo(february);
        assertThat(feb.at("/score").decimalValue()).isEqualByComparingTo("93");
        assertThat(march.at("/runId").asLong()).isEqualTo(latestMarch);
        assertThat(march.at("/score").decimalValue()).isEqualByComparingTo("86");
        assertThat(march.at("/rating").asString()).isEqualTo("HTTNV");
        assertThat(march.at("/ratingLabel").asString()).isEqualTo("Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void shouldShowAUnitAndItsPeopleInTheLatestRunOfAPeriod() {
        long id = run("2026-03");

        JsonNode unit = http.get("/api/units/P1/results?period=2026-03").json();

        assertThat(unit.at("/runId").asLong()).isEqualTo(id);
        assertThat(unit.at("/unit/score").decimalValue()).isEqualByComparingTo("120");
        assertThat(unit.at("/unit/rating").asString()).isEqualTo("HTXSNV");
        assertThat(unit.at("/unit/shares/completedPercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(unit.at("/unit/shares/exceededPercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(unit.at("/unit/shares/onTimeAndQualityPercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(unit.at("/employees").findValuesAsString("employee")).containsExactly("E1", "E2", "E3", "E4");
        assertThat(http.get("/api/units/P1/results").status()).isEqualTo(400);
    }
}
