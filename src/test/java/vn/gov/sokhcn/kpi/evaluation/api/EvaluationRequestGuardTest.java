package vn.gov.sokhcn.kpi.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.sokhcn.kpi.evaluation.Evaluations;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Indicator;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.IndicatorKind;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Tasks;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * {@link FactAssembler} refuses, at the JSON path, a request that skipped Bean Validation (built in
 * process rather than posted) instead of failing on a null or an infinite number.
 */
class EvaluationRequestGuardTest {
    private static final String BOUNDED = "Số không hợp lệ hoặc quá lớn: độ lớn tối đa là 1.000.000.000.000.000 (10^15)";

    static Stream<Arguments> requestsThatSkippedValidation() {
        return Stream.of(
                argumentSet("no request", null, List.of("$")),
                argumentSet("no period", withoutPeriod(), List.of("$.period")),
                argumentSet("a null employee", withNullEmployee(), List.of("$.employees[1]")),
                argumentSet("an assignment without indicator",
                        scenario().assign(new Assignment("A", null, 100.0, 100.0, 100.0, null, null, null)).request(),
                        List.of("$.assignments[0].indicator")),
                argumentSet("an indicator without polarity",
                        scenario().assign(new Assignment("A", new Indicator("I", "Chỉ số", IndicatorKind.KPI, null),
                                100.0, 100.0, 100.0, null, null, null)).request(),
                        List.of("$.assignments[0].indicator.polarity")),
                argumentSet("tasks with null counts",
                        scenario().assignTasks("A", 100, new Tasks(null, null, 1.0, 1.0, null, null, null)).request(),
                        List.of("$.assignments[0].tasks.assigned", "$.assignments[0].tasks.done")),
                argumentSet("an infinite weight",
                        scenario().assign(new Assignment("A", Evaluations.indicator(EvaluationRequest.Polarity.HIGHER_IS_BETTER),
                                100.0, Double.POSITIVE_INFINITY, 100.0, null, null, null)).request(),
                        List.of("$.assignments[0].weight")));
    }

    @ParameterizedTest
    @MethodSource("requestsThatSkippedValidation")
    void shouldRefuseAtTheJsonPathInsteadOfFailingOnANull(EvaluationRequest request, List<String> fields) {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> new FactAssembler().assemble(request));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyElementsOf(fields);
        assertThat(refused.problems()).extracting(FieldProblem::message).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    /** A list this long is checked on every core: the problems still come at their paths, in document order. */
    @Test
    void shouldReportTheProblemsOfALargeRequestInDocumentOrder() {
        Evaluations scenario = scenario();
        for (int i = 0; i < 700; i++) {
            Indicator indicator = i == 400 ? null : Evaluations.indicator(EvaluationRequest.Polarity.HIGHER_IS_BETTER);
            double weight = i == 3 || i == 650 ? Double.POSITIVE_INFINITY : 1.0;
            scenario.assign(new Assignment("A", indicator, 100.0, weight, 100.0, null, null, null));
        }

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> new FactAssembler().assemble(scenario.request()));

        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactly("$.assignments[3].weight", "$.assignments[400].indicator", "$.assignments[650].weight");
        assertThat(refused.problems()).extracting(FieldProblem::message)
                .containsExactly(BOUNDED, "Thiếu chỉ số", BOUNDED);
    }

    private static Evaluations scenario() {
        return Evaluations.month2026().unit("P1", "SO").person("A", "P1", Leadership.NONE, 24);
    }

    private static EvaluationRequest withoutPeriod() {
        EvaluationRequest r = scenario().achieving("A", 100).request();
        return new EvaluationRequest(null, r.units(), r.employees(), r.assignments(), r.quotaExemptions());
    }

    private static EvaluationRequest withNullEmployee() {
        EvaluationRequest r = scenario().achieving("A", 100).request();
        List<EvaluationRequest.Employee> employees = new ArrayList<>(r.employees());
        employees.add(null);
        return new EvaluationRequest(r.period(), r.units(), employees, r.assignments(), r.quotaExemptions());
    }
}
