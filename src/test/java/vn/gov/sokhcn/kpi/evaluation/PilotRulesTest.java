package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * The sheet "Điều kiện thí điểm" of decision-tables/xep-loai.drl.xlsx, switched on only for the
 * 2023 pilot: completed share (achievement ≥ 100%) under 100% → at most HTNV (B11); exceeded share
 * (achievement > 100%) under 50% → at most HTTNV (B12); completed share under 80% → KHTNV (B13).
 * Every person here scores 100: task points capped at 70 plus 30 general points.
 */
class PilotRulesTest {
    private static final String RULE = "Thí điểm 2023: điều kiện hoàn thành và vượt chỉ tiêu";
    private static final String ROWS = "decision-tables/xep-loai.drl.xlsx!Điều kiện thí điểm!";

    /** An assignment of a HIGHER_IS_BETTER indicator with target 100, so actual = achievement. */
    record Task(double actual, double weight) {
    }

    /** A row that applied: its cell, its label, the share it found and the rating it allows at most. */
    record Cap(String cell, String label, String share, String atMost) {
    }

    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("một nửa chỉ tiêu vượt", List.of(new Task(110, 50), new Task(100, 50)), "HTXSNV", List.of()),
                Arguments.of("hoàn thành hết nhưng chỉ 1/3 chỉ tiêu vượt",
                        List.of(new Task(120, 40), new Task(100, 30), new Task(100, 30)), "HTTNV",
                        List.of(new Cap("B12", "HTXSNV cần ít nhất 50% nhiệm vụ vượt mức", "vượt là 33,33%, dưới 50%",
                                "HTTNV (Hoàn thành tốt nhiệm vụ)"))),
                Arguments.of("hoàn thành hết, không chỉ tiêu nào vượt",
                        List.of(new Task(100, 50), new Task(100, 50)), "HTTNV",
                        List.of(new Cap("B12", "HTXSNV cần ít nhất 50% nhiệm vụ vượt mức", "vượt là 0%, dưới 50%",
                                "HTTNV (Hoàn thành tốt nhiệm vụ)"))),
                Arguments.of("4/5 chỉ tiêu hoàn thành, 1 chỉ tiêu đạt 99%",
                        List.of(new Task(110, 20), new Task(110, 20), new Task(110, 20), new Task(110, 20), new Task(99, 20)),
                        "HTNV",
                        List.of(new Cap("B11", "HTTNV trở lên cần 100% nhiệm vụ hoàn thành đúng hạn, đạt chất lượng",
                                "hoàn thành là 80%, dưới 100%", "HTNV (Hoàn thành nhiệm vụ)"))),
                Arguments.of("3/4 chỉ tiêu hoàn thành",
                        List.of(new Task(120, 25), new Task(120, 25), new Task(120, 25), new Task(99, 25)), "KHTNV",
                        List.of(new Cap("B11", "HTTNV trở lên cần 100% nhiệm vụ hoàn thành đúng hạn, đạt chất lượng",
                                        "hoàn thành là 75%, dưới 100%", "HTNV (Hoàn thành nhiệm vụ)"),
                                new Cap("B13", "Quá 20% tiêu chí nhiệm vụ không đạt thì không hoàn thành nhiệm vụ",
                                        "hoàn thành là 75%, dưới 80%", "KHTNV (Không hoàn thành nhiệm vụ)"))));
    }

    @ParameterizedTest(name = "tháng 6/2023, {0} → {2}")
    @MethodSource("people")
    void shouldCapTheRatingByTheCompletedAndExceededSharesInAPilotMonth(String situation, List<Task> tasks,
            String rating, List<Cap> caps) {
        EvaluationResponse r = withTasks(Evaluations.pilotMonth(), tasks).evaluate();

        var p = Evaluations.employee(r, "P");
        assertThat(r.regime()).isEqualTo("PILOT_2023");
        assertThat(p.score()).isEqualByComparingTo("100");
        assertThat(p.rating()).isEqualTo(rating);
        List<Reason> reasons = Evaluations.reasonsOf(r, "P", RULE);
        assertThat(reasons).extracting(Reason::source).containsExactlyInAnyOrderElementsOf(
                caps.stream().map(c -> ROWS + c.cell()).toList());
        for (Cap c : caps) {
            assertThat(reasons).extracting(Reason::message).contains("Điều kiện thí điểm «" + c.label() + "»: tỷ lệ chỉ tiêu "
                    + c.share() + " nên xếp loại tối đa " + c.atMost() + ".");
        }
    }

    @ParameterizedTest(name = "tháng 3/2026, {0} → HTXSNV")
    @MethodSource("people")
    void shouldNotApplyThePilotConditionsOutsideThePilot(String situation, List<Task> tasks) {
        Evaluations scenario = withTasks(Evaluations.month2026(), tasks);
        for (String colleague : new String[] {"C1", "C2", "C3", "C4", "C5"}) {
            scenario.person(colleague, "P1", Leadership.NONE, 10).achieving(colleague, 100); // 80: room in the quota
        }
        EvaluationResponse r = scenario.evaluate();

        assertThat(r.regime()).isEqualTo("DECREE_335");
        assertThat(Evaluations.employee(r, "P").score()).isEqualByComparingTo("100");
        assertThat(Evaluations.employee(r, "P").rating()).isEqualTo("HTXSNV");
        assertThat(Evaluations.reasonsOf(r, "P", RULE)).isEmpty();
    }

    private static Evaluations withTasks(Evaluations period, List<Task> tasks) {
        Evaluations scenario = period.unit("P1", "SO").person("P", "P1", Leadership.NONE, 30);
        tasks.forEach(t -> scenario.assign("P", Polarity.HIGHER_IS_BETTER, 100.0, t.actual(), t.weight()));
        return scenario;
    }
}
