package vn.gov.sokhcn.kpi.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The shipped example request evaluated end to end over real HTTP. Expected results, worked by
 * hand from the default policy (March 2026: Decree 335, 30 general + 70 task points, one quota
 * group SO / CIVIL_SERVANT since no unit is an agency of its own):
 * CB001 29.5 + 70 (110% gives 77, capped at 70) = 99.5, HTXSNV by band, head of QLKH uncapped
 * (QLKH completed and exceeded 2/2, subordinates CB002 and CB003 at HTTNV or better);
 * CB002 30 + 70 × 99.4167% (TASKS 99.1667%: quantity 100, quality 100, progress 97.5 as one late
 * product loses 25%, at weight 70; BINARY 100% at weight 30) = 99.59, HTXSNV by band;
 * CB003 27.5 + 70 × 67.7083% (quantity 75, quality (5 − 0.25) / 8 = 59.375, progress
 * (4 + 2 × 0.75) / 8 = 68.75) = 74.90, HTTNV; CB004 28 + 70 = 98 but disciplined, KHTNV;
 * CB005 24 + 70 × 80% (|12 − 10| / 10 off target, within threshold 15) = 80, HTTNV.
 * HTTNV count 2 allows floor(20% × 2) = 0 HTXSNV: CB001 (lowest) is moved, then CB002 (3 HTTNV still
 * allow 0). Unit QLKH: 60 × 110% + 40 × 120% (150% capped) = 114, HTXSNV.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EvaluationHttpTest {
    private static final String SOURCE = "decision-tables/[\\w.-]+\\.xlsx![^!]+![A-Z]+\\d+|rules/[\\w/.-]+\\.drl:\\d+";

    @LocalServerPort
    int port;

    HttpCalls http;
    JsonNode result;

    @BeforeEach
    void evaluateExample() {
        http = new HttpCalls(port);
        HttpCalls.Reply reply = http.postEvaluation(HttpCalls.exampleRequest());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        result = reply.json();
    }

    @Test
    void shouldNameTheRuleSetAndTheRegimeOfThePeriod() {
        assertThat(result.at("/ruleSet/version").asInt()).isEqualTo(1);
        assertThat(result.at("/ruleSet/sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(result.at("/regime").asString()).isEqualTo("DECREE_335");
        assertThat(result.at("/period/code").asString()).isEqualTo("2026-03");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "CB001, 99.50, HTTNV",
            "CB002, 99.59, HTTNV",
            "CB003, 74.90, HTTNV",
            "CB004, 98.00, KHTNV",
            "CB005, 80.00, HTTNV"})
    void shouldScoreAndRateEachEmployeeOfTheExample(String id, String score, String rating) {
        JsonNode employee = find(result.get("employees"), "id", id);
        assertThat(employee.get("score").decimalValue()).isEqualByComparingTo(score);
        assertThat(employee.get("rating").asString()).isEqualTo(rating);
    }

    @Test
    void shouldTellWhyTheTwoExcellentEmployeesWereMovedByTheQuota() {
        for (String id : new String[] {"CB001", "CB002"}) {
            assertThat(messages(find(result.get("employees"), "id", id))).anyMatch(m -> m.startsWith("Hạn mức:"));
        }
        assertThat(messages(find(result.get("employees"), "id", "CB004"))).anyMatch(m -> m.startsWith("Vi phạm:"));
    }

    @Test
    void shouldRateUnitByItsOwnAssignments() {
        JsonNode unit = find(result.get("units"), "code", "QLKH");
        assertThat(unit.get("score").decimalValue()).isEqualByComparingTo("114.00");
        assertThat(unit.get("rating").asString()).isEqualTo("HTXSNV");
    }

    @Test
    void shouldGiveEveryEmployeeReasonsThatPointAtARuleFileOrATableCell() {
        assertThat(result.get("employees")).hasSize(5);
        for (JsonNode employee : result.get("employees")) {
            assertThat(employee.get("reasons")).as(employee.get("id").asString()).isNotEmpty();
            for (JsonNode reason : employee.get("reasons")) {
                assertThat(reason.get("source").asString()).as(reason.toString()).matches(SOURCE);
                assertThat(reason.get("message").asString()).isNotBlank();
            }
        }
    }

    @Test
    void shouldReportHealthUp() {
        HttpCalls.Reply reply = http.get("/actuator/health");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
    }

    static JsonNode find(JsonNode array, String key, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> value.equals(n.get(key).asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " " + value + " in " + array));
    }

    static List<String> messages(JsonNode holder) {
        return StreamSupport.stream(holder.get("reasons").spliterator(), false).map(r -> r.get("message").asString()).toList();
    }
}
