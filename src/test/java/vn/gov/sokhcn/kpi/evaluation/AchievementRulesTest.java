package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Tasks;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * The sheets "Cách tính mức đạt", "Giới hạn mức đạt" (floor 0, cap 120) and "Công việc đếm sản
 * phẩm" of decision-tables/cham-diem.drl.xlsx, one assignment of weight 100 per case, general
 * criteria 0, so that the task score is min(70, achievement × 70 / 100).
 */
class AchievementRulesTest {
    private static final String SCORING = "decision-tables/cham-diem.drl.xlsx!";
    private static final Map<Polarity, String> METHOD_ROW = Map.of(
            Polarity.HIGHER_IS_BETTER, SCORING + "Cách tính mức đạt!B11",
            Polarity.LOWER_IS_BETTER, SCORING + "Cách tính mức đạt!B12",
            Polarity.TARGET_RANGE, SCORING + "Cách tính mức đạt!B13",
            Polarity.BINARY, SCORING + "Cách tính mức đạt!B14");
    private static final String TASK_ROW = SCORING + "Công việc đếm sản phẩm!B11";

    @ParameterizedTest(name = "{0}: mục tiêu {1}, thực hiện {2}, ngưỡng {3}, phấn đấu {4} → {5}%, {6} điểm")
    @CsvSource(delimiter = '|', textBlock = """
            # polarity      | target | actual | threshold | stretch | achievement | task | reason fragment
            HIGHER_IS_BETTER | 100    | 80     |           |         | 80          | 56   | 'thực hiện 80 / mục tiêu 100 × 100 = 80%'
            HIGHER_IS_BETTER | 8      | 6      |           |         | 75          | 52.5 | 'thực hiện 6 / mục tiêu 8 × 100 = 75%'
            HIGHER_IS_BETTER | 100    | 100    |           |         | 100         | 70   | 'thực hiện 100 / mục tiêu 100 × 100 = 100%'
            HIGHER_IS_BETTER | 100    | 115    |           |         | 115         | 70   | 'thực hiện 115 / mục tiêu 100 × 100 = 115%'
            HIGHER_IS_BETTER | 100    | 150    |           |         | 120         | 70   | 'giới hạn trong khoảng 0–120% nên tính 120%'
            HIGHER_IS_BETTER | 0      | 0      |           |         | 100         | 70   | 'mục tiêu bằng 0, thực hiện 0 = 100%'
            HIGHER_IS_BETTER | 0      | 5      |           |         | 100         | 70   | 'mục tiêu bằng 0, thực hiện 5 = 100%'
            HIGHER_IS_BETTER | 0      | -1     |           |         | 0           | 0    | 'mục tiêu bằng 0, thực hiện -1 = 0%'
            HIGHER_IS_BETTER | 100    | 50     | 60        |         | 0           | 0    | 'thực hiện kém hơn ngưỡng tối thiểu 60 nên tính 0%'
            HIGHER_IS_BETTER | 100    | 60     | 60        |         | 60          | 42   | 'thực hiện 60 / mục tiêu 100 × 100 = 60%. Mức đạt'
            HIGHER_IS_BETTER | 100    | 130    |           | 110     | 110         | 70   | 'không vượt mức của chỉ tiêu phấn đấu 110 là 110%'
            HIGHER_IS_BETTER | 100    | 105    |           | 110     | 105         | 70   | '= 105%. Mức đạt'
            HIGHER_IS_BETTER | 100    | 140    |           | 150     | 120         | 70   | 'giới hạn trong khoảng 0–120% nên tính 120%'
            LOWER_IS_BETTER  | 10     | 10     |           |         | 100         | 70   | '(2 − thực hiện 10 / mục tiêu 10) × 100 = 100%'
            LOWER_IS_BETTER  | 10     | 12     |           |         | 80          | 56   | '(2 − thực hiện 12 / mục tiêu 10) × 100 = 80%'
            LOWER_IS_BETTER  | 4      | 5      |           |         | 75          | 52.5 | '(2 − thực hiện 5 / mục tiêu 4) × 100 = 75%'
            LOWER_IS_BETTER  | 10     | 5      |           |         | 120         | 70   | '= 150%; giới hạn trong khoảng 0–120% nên tính 120%'
            LOWER_IS_BETTER  | 10     | 25     |           |         | 0           | 0    | '= -50%; giới hạn trong khoảng 0–120% nên tính 0%'
            LOWER_IS_BETTER  | 0      | 0      |           |         | 100         | 70   | 'mục tiêu bằng 0, thực hiện 0 = 100%'
            LOWER_IS_BETTER  | 0      | 1      |           |         | 0           | 0    | 'mục tiêu bằng 0, thực hiện 1 = 0%'
            LOWER_IS_BETTER  | 10     | 15     | 14        |         | 0           | 0    | 'thực hiện kém hơn ngưỡng tối thiểu 14 nên tính 0%'
            LOWER_IS_BETTER  | 10     | 14     | 14        |         | 60          | 42   | '= 60%. Mức đạt'
            LOWER_IS_BETTER  | 10     | 6      |           | 9       | 110         | 70   | 'không vượt mức của chỉ tiêu phấn đấu 9 là 110%'
            TARGET_RANGE     | 50     | 50     |           |         | 100         | 70   | '= 100%. Mức đạt'
            TARGET_RANGE     | 50     | 45     |           |         | 90          | 63   | '100 − |thực hiện 45 − mục tiêu 50| / mục tiêu 50 × 100 = 90%'
            TARGET_RANGE     | 50     | 60     |           |         | 80          | 56   | '100 − |thực hiện 60 − mục tiêu 50| / mục tiêu 50 × 100 = 80%'
            TARGET_RANGE     | 50     | 150    |           |         | 0           | 0    | '= -100%; giới hạn trong khoảng 0–120% nên tính 0%'
            TARGET_RANGE     | 0      | 0      |           |         | 100         | 70   | 'mục tiêu bằng 0, thực hiện 0 = 100%'
            TARGET_RANGE     | 0      | 2      |           |         | 0           | 0    | 'mục tiêu bằng 0, thực hiện 2 = 0%'
            TARGET_RANGE     | 50     | 35     | 40        |         | 0           | 0    | 'thực hiện kém hơn ngưỡng tối thiểu 40 nên tính 0%'
            TARGET_RANGE     | 50     | 62     | 40        |         | 0           | 0    | 'thực hiện kém hơn ngưỡng tối thiểu 40 nên tính 0%'
            TARGET_RANGE     | 50     | 40     | 40        |         | 80          | 56   | '= 80%. Mức đạt'
            BINARY           |        | 1      |           |         | 100         | 70   | 'đã hoàn thành = 100%'
            BINARY           |        | 0      |           |         | 0           | 0    | 'chưa hoàn thành = 0%'
            """)
    void shouldScoreAchievementByTheMethodRowOfThePolarity(Polarity polarity, Double target, Double actual,
            Double threshold, Double stretch, BigDecimal achievement, BigDecimal task, String fragment) {
        EvaluationResponse r = staffWithoutGeneralPoints()
                .assign("A", polarity, target, actual, threshold, stretch, 100).evaluate();

        assertAchievementAndTaskScore(r, achievement, task);
        Reason reason = single(r, "Mức đạt của chỉ tiêu đo bằng giá trị");
        assertThat(reason.source()).isEqualTo(METHOD_ROW.get(polarity));
        assertThat(reason.message()).contains(fragment)
                .endsWith("Mức đạt: " + vi(achievement) + "%, trọng số 100.");
    }

    static Stream<Arguments> taskCounts() {
        return Stream.of(
                Arguments.of("mọi sản phẩm đúng hạn, đạt chất lượng", new Tasks(10.0, 10.0, 10.0, 10.0, null, null, null),
                        "100", "70", "số lượng 10/10 = 100%", "= 100%", "tiến độ (10 đúng hạn, 0 chậm, mỗi sản phẩm chậm trừ 25%) = 100%", "= 100%"),
                Arguments.of("hoàn thành 8 trên 10", new Tasks(10.0, 8.0, 8.0, 8.0, null, null, null),
                        "80", "56", "số lượng 8/10 = 80%", "= 80%", "= 80%", "theo trọng số 1 : 1 : 1 = 80%"),
                Arguments.of("2 sản phẩm chậm mất 25% điểm tiến độ", new Tasks(4.0, 4.0, 4.0, 2.0, 2.0, null, null),
                        "95.83", "67.08", "số lượng 4/4 = 100%", "mỗi sản phẩm trừ 25%) = 100%",
                        "tiến độ (2 đúng hạn, 2 chậm, mỗi sản phẩm chậm trừ 25%) = 87,5%", "= 95,83%"),
                Arguments.of("2 sản phẩm sai sót lớn mất 25% điểm chất lượng", new Tasks(4.0, 4.0, 4.0, 4.0, null, 2.0, null),
                        "95.83", "67.08", "số lượng 4/4 = 100%",
                        "chất lượng (4 đạt chất lượng, 2 bị trả lại do sai sót lớn, mỗi sản phẩm trừ 25%) = 87,5%",
                        "tiến độ (4 đúng hạn, 0 chậm, mỗi sản phẩm chậm trừ 25%) = 100%", "= 95,83%"),
                Arguments.of("thiếu, chậm và sai sót cùng lúc", new Tasks(10.0, 8.0, 6.0, 6.0, 2.0, 2.0, false),
                        "70", "49", "số lượng 8/10 = 80%",
                        "chất lượng (6 đạt chất lượng, 2 bị trả lại do sai sót lớn, mỗi sản phẩm trừ 25%) = 55%",
                        "tiến độ (6 đúng hạn, 2 chậm, mỗi sản phẩm chậm trừ 25%) = 75%", "theo trọng số 1 : 1 : 1 = 70%"),
                Arguments.of("nguyên nhân khách quan: không trừ", new Tasks(10.0, 8.0, 6.0, 6.0, 2.0, 2.0, true),
                        "73.33", "51.33", "số lượng 8/10 = 80%",
                        "chất lượng (6 đạt chất lượng, 2 bị trả lại do sai sót lớn, mỗi sản phẩm trừ 0%) = 60%",
                        "tiến độ (6 đúng hạn, 2 chậm, mỗi sản phẩm chậm trừ 0%) = 80% (có nguyên nhân khách quan được xác nhận nên không trừ).",
                        "= 73,33%"));
    }

    @ParameterizedTest(name = "{0} → {2}%, {3} điểm")
    @MethodSource("taskCounts")
    void shouldScoreTaskCountsAsTheAverageOfQuantityQualityAndProgress(String situation, Tasks tasks,
            String achievement, String task, String quantity, String quality, String progress, String combined) {
        EvaluationResponse r = staffWithoutGeneralPoints().assignTasks("A", 100, tasks).evaluate();

        assertAchievementAndTaskScore(r, new BigDecimal(achievement), new BigDecimal(task));
        Reason criteria = single(r, "Tiêu chí số lượng, chất lượng, tiến độ của công việc đếm sản phẩm");
        assertThat(criteria.source()).isEqualTo(TASK_ROW);
        assertThat(criteria.message()).contains(quantity, quality, progress);
        Reason result = single(r, "Mức đạt của công việc đếm sản phẩm");
        assertThat(result.source()).isEqualTo(TASK_ROW);
        assertThat(result.message()).contains("kết hợp số lượng, chất lượng, tiến độ theo trọng số 1 : 1 : 1", combined)
                .endsWith("Mức đạt: " + vi(new BigDecimal(achievement)) + "%, trọng số 100.");
    }

    private static Evaluations staffWithoutGeneralPoints() {
        return Evaluations.month2026().unit("P1", "SO").person("A", "P1", Leadership.NONE, 0);
    }

    private static void assertAchievementAndTaskScore(EvaluationResponse r, BigDecimal achievement, BigDecimal task) {
        var a = Evaluations.employee(r, "A");
        assertThat(a.achievements()).singleElement().satisfies(result -> {
            assertThat(result.achievement()).isEqualByComparingTo(achievement);
            assertThat(result.weight()).isEqualByComparingTo("100");
        });
        assertThat(a.taskScore()).isEqualByComparingTo(task);
        assertThat(a.generalScore()).isEqualByComparingTo("0");
        assertThat(a.score()).isEqualByComparingTo(task);
    }

    private static Reason single(EvaluationResponse r, String rule) {
        return Evaluations.reasonsOf(r, "A", rule).stream().reduce((x, y) -> {
            throw new AssertionError("more than one reason of rule " + rule);
        }).orElseThrow(() -> new AssertionError("no reason of rule " + rule));
    }

    /** A percentage as the reasons write it: decimal comma, no trailing zeros. */
    private static String vi(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
