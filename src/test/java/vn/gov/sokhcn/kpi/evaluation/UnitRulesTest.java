package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.unitMessages;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.unitOf;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Tasks;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * A unit's score is the weighted achievement of the unit's own assignments (holder = the unit's
 * code), banded like a person's (sheet "Khung điểm"); a unit without assignments is not rated.
 */
class UnitRulesTest {
    private static final String BANDS = "decision-tables/xep-loai.drl.xlsx!Khung điểm!";

    @Test
    void shouldScoreAUnitByTheWeightedAchievementOfItsOwnAssignments() {
        // 60 × 110% + 40 × 120% (130% capped at 120) = 66 + 48 = 114: HTXSNV
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO")
                .assign("P1", Polarity.HIGHER_IS_BETTER, 100.0, 110.0, 60)
                .assign("P1", Polarity.HIGHER_IS_BETTER, 100.0, 130.0, 40).evaluate();

        var p1 = unitOf(r, "P1");
        assertThat(p1.score()).isEqualByComparingTo("114.00");
        assertThat(p1.rating()).isEqualTo("HTXSNV");
        assertThat(p1.ratingLabel()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(p1.achievements()).extracting(a -> a.weight().doubleValue(), a -> a.achievement().doubleValue())
                .containsExactly(tuple(60.0, 110.0), tuple(40.0, 120.0));
        assertThat(unitMessages(r, "P1"))
                .anyMatch(m -> m.contains("thực hiện 130 / mục tiêu 100 × 100 = 130%")
                        && m.contains("giới hạn trong khoảng 0–120% nên tính 120%"))
                .contains("Điểm của đơn vị: bình quân gia quyền mức đạt của 2 chỉ tiêu = 114 điểm; 2/2 chỉ tiêu hoàn "
                        + "thành, 2/2 vượt, 2/2 đúng hạn và đạt chất lượng.")
                .contains("Điểm 114 thuộc khung «Xuất sắc» nên đơn vị xếp loại HTXSNV (Hoàn thành xuất sắc nhiệm vụ).");
        assertThat(p1.reasons()).extracting(Reason::source).contains(BANDS + "B19");
    }

    @ParameterizedTest(name = "unit score {0}: {1}")
    @CsvSource({
            "90, HTXSNV, B19",
            "89.99, HTTNV, B20",
            "70, HTTNV, B20",
            "69.99, HTNV, B21",
            "50, HTNV, B21",
            "49.99, KHTNV, B22",
            "0, KHTNV, B22"})
    void shouldBandAUnitsScoreLikeAPersonsUnderDecree335(double actual, String rating, String row) {
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO").achieving("P1", actual).evaluate();

        assertThat(unitOf(r, "P1").score().doubleValue()).isEqualTo(actual);
        assertThat(unitOf(r, "P1").rating()).isEqualTo(rating);
        assertThat(unitOf(r, "P1").reasons()).extracting(Reason::source).contains(BANDS + row);
    }

    static Stream<Arguments> regimes() {
        return Stream.of(
                Arguments.of("PILOT_2023", (Supplier<Evaluations>) Evaluations::pilotMonth, "B11"),
                Arguments.of("DECREE_48", (Supplier<Evaluations>) Evaluations::month2024, "B15"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regimes")
    void shouldBandAUnitWithTheBandsOfTheRegimeInForce(String regime, Supplier<Evaluations> period, String row) {
        EvaluationResponse r = period.get().unit("P1", "SO").achieving("P1", 95).evaluate();

        assertThat(r.regime()).isEqualTo(regime);
        assertThat(unitOf(r, "P1").rating()).isEqualTo("HTXSNV");
        assertThat(unitOf(r, "P1").reasons()).extracting(Reason::source).contains(BANDS + row);
    }

    @Test
    void shouldNotRateAUnitWithoutAssignments() {
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO").achiever("S", "P1", 20, 100).evaluate();

        var p1 = unitOf(r, "P1");
        assertThat(p1.score()).isNull();
        assertThat(p1.rating()).isEqualTo("NOT_RATED");
        assertThat(p1.ratingLabel()).isEqualTo("Chưa xếp loại");
        assertThat(p1.achievements()).isEmpty();
        assertThat(unitMessages(r, "P1")).containsExactly("Đơn vị không có chỉ tiêu riêng trong kỳ nên chưa xếp loại.");
        assertThat(unitOf(r, "SO").rating()).isEqualTo("NOT_RATED");
    }

    @Test
    void shouldScoreAUnitByItsOwnAssignmentsOnlyNotThoseOfItsStaffOrSubUnits() {
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO").unit("P1A", "P1")
                .achieving("P1", 80).achieving("P1A", 40)
                .achiever("S", "P1", 30, 120).rated("H", "P1", Leadership.HEAD, "HTXSNV").evaluate();

        assertThat(unitOf(r, "P1").score()).isEqualByComparingTo("80.00");
        assertThat(unitOf(r, "P1").rating()).isEqualTo("HTTNV");
        assertThat(unitOf(r, "P1").achievements()).extracting(AchievementResult::achievement)
                .singleElement().satisfies(a -> assertThat(a).isEqualByComparingTo("80.00"));
        assertThat(unitOf(r, "P1A").score()).isEqualByComparingTo("40.00");
        assertThat(unitOf(r, "P1A").rating()).isEqualTo("KHTNV");
    }

    @Test
    void shouldCountCompletedExceededAndOnTimeAssignmentsOfAUnit() {
        // 50 × 100% + 50 × task products: quantity 100, quality 100, progress (3 + 0.75 × 1) / 4 = 93.75,
        // average 97.916…; unit: (100 + 97.916…) / 2 = 98.958…: HTXSNV; both are completed (every
        // product is done), only the first is on time and at quality
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO")
                .assign("P1", Polarity.HIGHER_IS_BETTER, 100.0, 100.0, 50)
                .assignTasks("P1", 50, new Tasks(4.0, 4.0, 4.0, 3.0, 1.0, 0.0, false)).evaluate();

        assertThat(unitOf(r, "P1").score()).isEqualByComparingTo("98.96");
        assertThat(unitOf(r, "P1").rating()).isEqualTo("HTXSNV");
        assertThat(unitMessages(r, "P1")).contains("Điểm của đơn vị: bình quân gia quyền mức đạt của 2 chỉ tiêu = "
                + "98,958333334, làm tròn đến 2 chữ số thập phân (cột «Làm tròn tổng điểm (chữ số thập phân)») là "
                + "98,96 điểm; 2/2 chỉ tiêu hoàn thành, 0/2 vượt, 1/2 đúng hạn và đạt chất lượng.");
    }

    @Test
    void shouldBandAUnitScoreAsShownRoundedOnceByTheTable() {
        // 50 × 100% + 50 × 79.99% = 89.995%: shown 90, so banded 90 (HTXSNV), not 89.995 (HTTNV)
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO")
                .assign("P1", Polarity.HIGHER_IS_BETTER, 100.0, 100.0, 50)
                .assign("P1", Polarity.HIGHER_IS_BETTER, 100.0, 79.99, 50).evaluate();

        assertThat(unitOf(r, "P1").score()).isEqualByComparingTo("90");
        assertThat(unitOf(r, "P1").rating()).isEqualTo("HTXSNV");
        assertThat(unitMessages(r, "P1")).contains("Điểm 90 thuộc khung «Xuất sắc» nên đơn vị xếp loại HTXSNV "
                + "(Hoàn thành xuất sắc nhiệm vụ).");
    }

    @Test
    void shouldRefuseAUnitWhoseAssignmentWeightsDoNotTotalOneHundred() {
        Evaluations scenario = Evaluations.month2026().unit("P1", "SO")
                .assign("P1", Polarity.HIGHER_IS_BETTER, 100.0, 110.0, 60)
                .assign("P1", Polarity.HIGHER_IS_BETTER, 100.0, 100.0, 30);

        assertThatThrownBy(scenario::evaluate).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field(), p -> p.message()).containsExactly(
                        tuple("$.assignments[0].weight", "Tổng trọng số các chỉ tiêu của «P1» là 90, phải bằng 100."),
                        tuple("$.assignments[1].weight", "Tổng trọng số các chỉ tiêu của «P1» là 90, phải bằng 100.")));
    }
}
