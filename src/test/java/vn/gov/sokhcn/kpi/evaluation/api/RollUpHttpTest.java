package vn.gov.sokhcn.kpi.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.employee;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.period;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.unit;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped year example (examples/evaluation-request-year.json) posted over real HTTP. Worked by
 * hand: QLKH averages its four quarters to 91 points, 100% completed, 52,5% exceeded, 87,5% on time
 * and at quality (HTXSNV). CB001 (head of QLKH) averages 94,25, HTXSNV, not capped: the unit did well
 * and of the 4 rated people under them all are HTNV or better, 3 (75%) HTTNV or better. CB002 85,92
 * (task 57,92, general 28), CB006 78, CB007 87,83, CB008 75, CB009 76: HTTNV. CB003 averages 84 over
 * the 5 months worked, NOT_RATED; CB004 90 but disciplined, KHTNV; CB005 81 over 8 months with 4 on
 * leave, at most HTNV. Five HTTNV allow floor(20% × 5) = 1 HTXSNV: CB001 keeps it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RollUpHttpTest {

    @LocalServerPort
    int port;

    HttpCalls http;

    @BeforeEach
    void client() {
        http = new HttpCalls(port);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "CB001, 94.25, HTXSNV",
            "CB002, 85.92, HTTNV",
            "CB003, 84.00, NOT_RATED",
            "CB005, 81.00, HTNV",
            "CB006, 78.00, HTTNV",
            "CB007, 87.83, HTTNV",
            "CB004, 90.00, KHTNV",
            "CB008, 75.00, HTTNV",
            "CB009, 76.00, HTTNV"})
    void shouldRateEachPersonOfTheYearOnTheAverageOfTheirMonths(String id, String score, String rating) {
        JsonNode employee = find(evaluateExample().get("employees"), "id", id);

        assertThat(employee.get("score").decimalValue()).isEqualByComparingTo(score);
        assertThat(employee.get("rating").asString()).isEqualTo(rating);
    }

    @Test
    void shouldAnswerTheTaskAndGeneralAveragesAndExplainTheAverage() {
        JsonNode result = evaluateExample();
        JsonNode cb002 = find(result.get("employees"), "id", "CB002");

        assertThat(result.at("/period/kind").asString()).isEqualTo("YEAR");
        assertThat(cb002.get("taskScore").decimalValue()).isEqualByComparingTo("57.92");
        assertThat(cb002.get("generalScore").decimalValue()).isEqualByComparingTo("28");
        assertThat(cb002.get("achievements")).isEmpty();
        assertThat(messages(find(result.get("employees"), "id", "CB003"))).contains("Điểm năm 2026: bình quân điểm 5 tháng "
                + "thực tế làm việc (2026-08: 82; 2026-09: 84; 2026-10: 85; 2026-11: 83; 2026-12: 86) = 84 điểm.");
        JsonNode qlkh = find(result.get("units"), "code", "QLKH");
        assertThat(qlkh.get("score").decimalValue()).isEqualByComparingTo("91");
        assertThat(qlkh.get("rating").asString()).isEqualTo("HTXSNV");
        assertThat(find(result.get("units"), "code", "TTRA").get("rating").asString()).isEqualTo("NOT_RATED");
    }

    static Stream<Arguments> badRollUps() {
        return Stream.of(
                bad("monthly scores on a month period", r -> period(r).put("code", "2026-03").put("kind", "MONTH")
                        .put("start", "2026-03-01").put("end", "2026-03-31"),
                        "$.units[1].monthlyResults", "$.employees[0].monthlyScores", "$.employees[1].monthlyScores",
                        "$.employees[2].monthlyScores", "$.employees[3].leaveMonths", "$.employees[3].monthlyScores", "$.employees[4].monthlyScores",
                        "$.employees[5].monthlyScores", "$.employees[6].monthlyScores", "$.employees[7].monthlyScores",
                        "$.employees[8].monthlyScores"),
                bad("a month without score", r -> month(r, 0, 0).remove("score"), "$.employees[0].monthlyScores[0].score"),
                bad("a negative score", r -> month(r, 0, 2).put("score", -1), "$.employees[0].monthlyScores[2].score"),
                bad("a month of another year", r -> month(r, 1, 3).put("period", "2025-04"), "$.employees[1].monthlyScores[3].period"),
                bad("a month given twice", r -> month(r, 1, 3).put("period", "2026-01"), "$.employees[1].monthlyScores[3].period"),
                bad("months mixed with a quarter", r -> month(r, 1, 11).put("period", "2026-Q4"), "$.employees[1].monthlyScores"),
                bad("a unit's quarter without completed share", r -> unitMonth(r, 1, 2).remove("completedPercent"),
                        "$.units[1].monthlyResults[2].completedPercent"),
                bad("a unit's share above 100", r -> unitMonth(r, 1, 0).put("exceededPercent", 120),
                        "$.units[1].monthlyResults[0].exceededPercent"),
                bad("a person neither rolled up nor with general criteria", r -> employee(r, 2).remove("monthlyScores"),
                        "$.employees[2].generalCriteria"));
    }

    @ParameterizedTest
    @MethodSource("badRollUps")
    void shouldRefuseABadRollUpNamingTheField(Consumer<ObjectNode> change, List<String> fields) {
        ObjectNode request = HttpCalls.exampleYearRequest();
        change.accept(request);

        HttpCalls.Reply reply = http.postEvaluation(request);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<JsonNode> errors = StreamSupport.stream(reply.json().get("errors").spliterator(), false).toList();
        assertThat(errors).extracting(e -> e.get("field").asString()).as(reply.body()).containsExactlyElementsOf(fields);
    }

    @Test
    void shouldSayWhyMonthlyScoresAreRefusedOnAMonthPeriod() {
        ObjectNode request = HttpCalls.exampleYearRequest();
        period(request).put("code", "2026-03").put("kind", "MONTH").put("start", "2026-03-01").put("end", "2026-03-31");

        HttpCalls.Reply reply = http.postEvaluation(request);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(find(reply.json().get("errors"), "field", "$.employees[0].monthlyScores").get("message").asString())
                .isEqualTo("Kỳ «2026-03» là kỳ tháng; kết quả các tháng chỉ dùng khi đánh giá kỳ quý hoặc năm");
        assertThat(find(reply.json().get("errors"), "field", "$.units[1].monthlyResults").get("message").asString())
                .isEqualTo("Kỳ «2026-03» là kỳ tháng; kết quả các tháng chỉ dùng khi đánh giá kỳ quý hoặc năm");
    }

    private JsonNode evaluateExample() {
        HttpCalls.Reply reply = http.postEvaluation(HttpCalls.exampleYearRequest());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static ObjectNode month(ObjectNode request, int employee, int i) {
        return (ObjectNode) employee(request, employee).get("monthlyScores").get(i);
    }

    private static ObjectNode unitMonth(ObjectNode request, int unit, int i) {
        return (ObjectNode) unit(request, unit).get("monthlyResults").get(i);
    }

    private static Arguments bad(String name, Consumer<ObjectNode> change, String... fields) {
        return argumentSet(name, change, List.of(fields));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get(field).asString().equals(value))
                .findFirst().orElseThrow();
    }

    private static List<String> messages(JsonNode result) {
        return StreamSupport.stream(result.get("reasons").spliterator(), false).map(r -> r.get("message").asString()).toList();
    }
}
