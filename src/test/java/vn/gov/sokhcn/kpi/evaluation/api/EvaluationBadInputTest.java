package vn.gov.sokhcn.kpi.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.array;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.assignment;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.criteria;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.employee;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.indicator;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.period;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.raw;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.tasks;
import static vn.gov.sokhcn.kpi.evaluation.api.ExampleRequests.unit;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A malformed or inconsistent request gets 400 with RFC 9457 problem details naming each offending
 * field by its JSON path: never a 500, never a partial result, never a stack trace. Each case is a
 * change to the shipped example (see {@link ExampleRequests}). Errors of the protocol (a wrong
 * Content-Type, method or address) are problem details too, in Vietnamese.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EvaluationBadInputTest {

    @LocalServerPort
    int port;

    HttpCalls http;

    @BeforeEach
    void client() {
        http = new HttpCalls(port);
    }

    static Stream<Arguments> inconsistentRequests() {
        return Stream.of(
                bad("wrong type: a string for weight", r -> assignment(r, 2).put("weight", "nặng"), "$.assignments[2].weight"),
                bad("wrong type: a date that is no date", r -> period(r).put("start", "2026-13-45"), "$.period.start"),
                bad("unknown enum value", r -> employee(r, 1).put("staffType", "FOO"), "$.employees[1].staffType"),
                bad("missing period", r -> r.remove("period"), "$.period"),
                bad("missing period start", r -> period(r).remove("start"), "$.period.start"),
                bad("end before start", r -> period(r).put("end", "2026-02-28"), "$.period.end"),
                bad("unknown unit of an employee", r -> employee(r, 1).put("unit", "KHONG_CO"), "$.employees[1].unit"),
                bad("unknown unit parent", r -> unit(r, 2).put("parent", "KHONG_CO"), "$.units[2].parent"),
                bad("units in a cycle", r -> {
                    unit(r, 1).put("parent", "TTRA");
                    unit(r, 2).put("parent", "QLKH");
                }, "$.units[1].parent", "$.units[2].parent"),
                bad("duplicate employee id", r -> array(r, "employees").add(employee(r, 0).deepCopy()), "$.employees[5].id"),
                bad("duplicate unit code", r -> array(r, "units").add(unit(r, 2).deepCopy()), "$.units[3].code"),
                bad("unknown holder", r -> assignment(r, 7).put("holder", "CB999"), "$.assignments[7].holder"),
                bad("weights of a holder totalling 90", r -> assignment(r, 4).put("weight", 20),
                        "$.assignments[3].weight", "$.assignments[4].weight"),
                bad("negative target", r -> assignment(r, 6).put("target", -1), "$.assignments[6].target"),
                bad("negative weight", r -> assignment(r, 6).put("weight", -100), "$.assignments[6].weight"),
                bad("TASKS without tasks", r -> assignment(r, 5).remove("tasks"), "$.assignments[5].tasks"),
                bad("done above assigned", r -> tasks(r, 5).put("done", 9), "$.assignments[5].tasks.done"),
                bad("BINARY actual 2", r -> assignment(r, 4).put("actual", 2), "$.assignments[4].actual"),
                bad("missing actual", r -> assignment(r, 6).remove("actual"), "$.assignments[6].actual"),
                bad("politics above its maximum 7.5", r -> criteria(r, 1).put("politics", 8),
                        "$.employees[1].generalCriteria.politics"),
                bad("13 months worked in a year", r -> {
                    period(r).put("code", "2026").put("kind", "YEAR").put("end", "2026-12-31");
                    employee(r, 1).put("monthsWorked", 13);
                }, "$.employees[1].monthsWorked"),
                bad("a month of 0.8 worked and 0.3 on leave", r -> employee(r, 1).put("monthsWorked", 0.8).put("leaveMonths", 0.3),
                        "$.employees[1].monthsWorked", "$.employees[1].leaveMonths"),
                bad("exemption of an unknown agency", r -> array(r, "quotaExemptions")
                        .add(HttpCalls.JSON.createObjectNode().put("agency", "KHONG_CO").put("approvedBy", "admin")),
                        "$.quotaExemptions[0].agency"));
    }

    /** Numbers JSON can carry but the arithmetic of the rules cannot take. */
    static Stream<Arguments> numbersOutOfRange() {
        return Stream.of(
                bad("a weight of 1e400 (infinity)", r -> assignment(r, 2).put("weight", raw("1e400")), "$.assignments[2].weight"),
                bad("an actual of -1e400", r -> assignment(r, 2).put("actual", raw("-1e400")), "$.assignments[2].actual"),
                bad("an actual of \"NaN\"", r -> assignment(r, 2).put("actual", "NaN"), "$.assignments[2].actual"),
                bad("an actual of 1e308", r -> assignment(r, 6).put("actual", raw("1e308")), "$.assignments[6].actual"),
                bad("a stretch of 1e400", r -> assignment(r, 2).put("stretch", raw("1e400")), "$.assignments[2].stretch"),
                bad("a target of 1e-320", r -> assignment(r, 2).put("target", raw("1e-320")), "$.assignments[2].target"),
                bad("politics of 1e400", r -> criteria(r, 1).put("politics", raw("1e400")),
                        "$.employees[1].generalCriteria.politics"),
                bad("tasks assigned 1e400", r -> tasks(r, 5).put("assigned", raw("1e400")), "$.assignments[5].tasks.assigned"));
    }

    /** A null where an object is expected is a missing value at its path, not a NullPointerException. */
    static Stream<Arguments> requestsWithNulls() {
        return Stream.of(
                bad("a null employee", r -> array(r, "employees").set(0, NullNode.getInstance()), "$.employees[0]"),
                bad("a null unit", r -> array(r, "units").set(0, NullNode.getInstance()), "$.units[0]"),
                bad("a null assignment", r -> array(r, "assignments").set(0, NullNode.getInstance()), "$.assignments[0]"),
                bad("a null exemption", r -> array(r, "quotaExemptions").add(NullNode.getInstance()), "$.quotaExemptions[0]"),
                bad("null employees", r -> r.putNull("employees"), "$.employees"),
                bad("null general criteria", r -> employee(r, 1).putNull("generalCriteria"), "$.employees[1].generalCriteria"),
                bad("an empty period", r -> r.putObject("period"),
                        "$.period.code", "$.period.end", "$.period.kind", "$.period.start"),
                bad("an assignment without indicator", r -> array(r, "assignments").set(2,
                        HttpCalls.JSON.createObjectNode().put("holder", "CB001").put("weight", 100)), "$.assignments[2].indicator"),
                bad("an indicator without polarity", r -> indicator(r, 5).remove("polarity"),
                        "$.assignments[5].indicator.polarity"),
                bad("tasks with null counts", r -> assignment(r, 5).putObject("tasks")
                                .putNull("assigned").putNull("done").putNull("atQuality").putNull("onTime"),
                        "$.assignments[5].tasks.assigned", "$.assignments[5].tasks.atQuality",
                        "$.assignments[5].tasks.done", "$.assignments[5].tasks.onTime"));
    }

    @ParameterizedTest
    @MethodSource({"inconsistentRequests", "requestsWithNulls", "numbersOutOfRange"})
    void shouldRefuseWithEveryOffendingFieldByItsJsonPath(Consumer<ObjectNode> change, List<String> fields) {
        ObjectNode request = HttpCalls.exampleRequest();
        change.accept(request);

        assertInvalid(http.postEvaluation(ExampleRequests.json(request), "application/json"), fields);
    }

    @Test
    void shouldListTheAllowedValuesOfAnUnknownEnumValue() {
        ObjectNode request = HttpCalls.exampleRequest();
        employee(request, 1).put("staffType", "FOO");

        JsonNode problem = assertInvalid(http.postEvaluation(request), List.of("$.employees[1].staffType"));
        assertThat(problem.at("/errors/0/message").asString())
                .contains("FOO", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "CONTRACT_WORKER");
    }

    @Test
    void shouldSayWhatTheWeightsOfAHolderTotal() {
        ObjectNode request = HttpCalls.exampleRequest();
        assignment(request, 4).put("weight", 20);

        JsonNode problem = assertInvalid(http.postEvaluation(request), List.of("$.assignments[3].weight", "$.assignments[4].weight"));
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("Tổng trọng số các chỉ tiêu của «CB002» là 90, phải bằng 100.");
    }

    @Test
    void shouldSayHowLongTheTimeWorkedAndTheLeaveAreAgainstThePeriod() {
        ObjectNode request = HttpCalls.exampleRequest();
        period(request).put("code", "2026").put("kind", "YEAR").put("end", "2026-12-31");
        employee(request, 1).put("monthsWorked", 9).put("leaveMonths", 3.5);

        JsonNode problem = assertInvalid(http.postEvaluation(request),
                List.of("$.employees[1].monthsWorked", "$.employees[1].leaveMonths"));
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo(problem.at("/errors/1/message").asString())
                .isEqualTo("Thời gian làm việc (9 tháng) cộng thời gian nghỉ (3,5 tháng) vượt độ dài của kỳ (12 tháng)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldRefuseABodyThatIsNotAnEvaluationRequest(String body) {
        assertInvalid(http.postEvaluation(body, "application/json"), List.of("$"));
    }

    static Stream<Arguments> shouldRefuseABodyThatIsNotAnEvaluationRequest() {
        return Stream.of(
                argumentSet("malformed JSON", "{\"period\": {\"code\": \"2026-03\",}"),
                argumentSet("an empty body", ""),
                argumentSet("JSON null", "null"),
                argumentSet("a JSON array", "[]"),
                argumentSet("a bare string", "\"đánh giá\""));
    }

    @Test
    void shouldAnswerAWrongContentTypeWithUnsupportedMediaTypeProblem() {
        HttpCalls.Reply reply = http.postEvaluation(HttpCalls.exampleRequest().toString(), "text/plain");

        JsonNode problem = assertProblem(reply, 415);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kpi:problem:unsupported-media-type");
        assertThat(problem.get("title").asString()).isEqualTo("Kiểu nội dung không được hỗ trợ");
        assertThat(problem.get("detail").asString()).startsWith("Kiểu nội dung").contains("text/plain", "application/json");
    }

    @Test
    void shouldAnswerGetOnTheEndpointWithMethodNotAllowedProblem() {
        JsonNode problem = assertProblem(http.get("/api/evaluations"), 405);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kpi:problem:method-not-allowed");
        assertThat(problem.get("title").asString()).isEqualTo("Phương thức không được hỗ trợ");
        assertThat(problem.get("detail").asString()).startsWith("Phương thức").contains("GET", "POST");
    }

    @Test
    void shouldAnswerAnUnknownAddressWithNotFoundProblem() {
        JsonNode problem = assertProblem(http.get("/api/khong-co"), 404);
        assertThat(problem.get("title").asString()).isEqualTo("Không tìm thấy");
        assertThat(problem.get("detail").asString()).contains("api/khong-co");
    }

    private static JsonNode assertInvalid(HttpCalls.Reply reply, List<String> fields) {
        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kpi:problem:invalid-request");
        assertThat(problem.get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        List<JsonNode> errors = StreamSupport.stream(problem.get("errors").spliterator(), false).toList();
        assertThat(errors).extracting(e -> e.get("field").asString()).as(reply.body()).containsExactlyElementsOf(fields);
        assertThat(errors).extracting(e -> e.get("message").asString()).as(reply.body())
                .allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("must ", "null", "Exception"));
        return problem;
    }

    /** Problem details of the status, with Vietnamese text, no result and nothing internal. */
    private static JsonNode assertProblem(HttpCalls.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.has("employees") || problem.has("units") || problem.has("trace")).isFalse();
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "vn.gov.sokhcn", "tools.jackson", "org.springframework");
        return problem;
    }

    private static Arguments bad(String name, Consumer<ObjectNode> change, String... fields) {
        return argumentSet(name, change, List.of(fields));
    }
}
