package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.GeneralCriteria;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * General criteria (cham-diem.drl.xlsx, "Tiêu chí chung", "Cơ cấu điểm"), the total score and the
 * score bands of each regime (xep-loai.drl.xlsx, "Khung điểm": rows 11–14 pilot, 15–18 Decree 48,
 * 19–22 Decree 335, in the order Xuất sắc, Tốt, Hoàn thành, Không hoàn thành).
 */
class ScoreAndBandRulesTest {
    private static final String BANDS = "decision-tables/xep-loai.drl.xlsx!Khung điểm!B";
    private static final String BAND_RULE = "Xếp loại theo khung điểm";
    private static final String TOTAL_RULE = "Tổng điểm là điểm kết quả nhiệm vụ cộng điểm tiêu chí chung";
    private static final String[] BAND_LABELS = {"Xuất sắc", "Tốt", "Hoàn thành", "Không hoàn thành"};
    private static final String[] BAND_RANGES = {"(từ 90)", "(từ 70 đến dưới 90)", "(từ 50 đến dưới 70)", "(từ 0 đến dưới 50)"};
    private static final String[] RATINGS = {"HTXSNV", "HTTNV", "HTNV", "KHTNV"};

    @Test
    void shouldAddTheFourGeneralCriteriaToTheTaskPoints() {
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, new GeneralCriteria(7.5, 7.0, 6.5, 5.0)).achieving("A", 80).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.generalScore()).isEqualByComparingTo("26");
        assertThat(a.taskScore()).isEqualByComparingTo("56");
        assertThat(a.score()).isEqualByComparingTo("82");
        assertThat(a.rating()).isEqualTo("HTTNV");
        Reason general = Evaluations.reasonsOf(r, "A", "Điểm tiêu chí chung là tổng điểm bốn tiêu chí").get(0);
        assertThat(general.source()).isEqualTo("decision-tables/cham-diem.drl.xlsx!Cơ cấu điểm!B13");
        assertThat(general.message()).isEqualTo("Tiêu chí chung: chính trị tư tưởng 7,5 + đạo đức, lối sống 7 + tác phong, "
                + "lề lối làm việc 6,5 + ý thức tổ chức kỷ luật 5 = 26 điểm (tối đa 30).");
        assertThat(Evaluations.messages(r, "A")).contains("Tổng điểm: 56 (kết quả nhiệm vụ) + 26 (tiêu chí chung) = 82 điểm.");
    }

    @Test
    void shouldWeighAchievementsAndScaleThemToSeventyPoints() {
        // (40 × 120 + 60 × 50) / 100 = 78% → 78 × 70 / 100 = 54.6 points; + 30 general = 84.6
        EvaluationResponse r = Evaluations.month2026().unit("P1", "SO").person("A", "P1", Leadership.NONE, 30)
                .assign("A", Polarity.HIGHER_IS_BETTER, 100.0, 130.0, 40)
                .assign("A", Polarity.HIGHER_IS_BETTER, 100.0, 50.0, 60).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.achievements()).extracting(EvaluationResponse.AchievementResult::achievement)
                .usingElementComparator(java.math.BigDecimal::compareTo).containsExactly(bd("120"), bd("50"));
        assertThat(a.taskScore()).isEqualByComparingTo("54.6");
        assertThat(a.score()).isEqualByComparingTo("84.6");
        assertThat(a.rating()).isEqualTo("HTTNV");
        Reason task = Evaluations.reasonsOf(r, "A", "Điểm kết quả nhiệm vụ là bình quân gia quyền mức đạt các chỉ tiêu").get(0);
        assertThat(task.source()).isEqualTo("decision-tables/cham-diem.drl.xlsx!Cơ cấu điểm!B13");
        assertThat(task.message()).isEqualTo("Kết quả thực hiện nhiệm vụ: bình quân gia quyền mức đạt của 2 chỉ tiêu = 78%, "
                + "quy ra 78% × 70 điểm = 54,6 điểm (tối đa 70); 1/2 chỉ tiêu hoàn thành, 1/2 chỉ tiêu vượt.");
    }

    static Stream<Arguments> bandEdges() {
        Stream.Builder<Arguments> cases = Stream.builder();
        regime(cases, "PILOT_2023", Evaluations::pilotMonth, 11);
        regime(cases, "DECREE_48", Evaluations::month2024, 15);
        regime(cases, "DECREE_335", Evaluations::month2026, 19);
        return cases.build();
    }

    /** Task points 70, 42 and 35 (achievement 110, 60, 50) plus general points on each side of an edge. */
    private static void regime(Stream.Builder<Arguments> cases, String regime, Supplier<Evaluations> period, int firstRow) {
        boolean pilot = regime.equals("PILOT_2023");
        cases.add(Arguments.of(regime, period, 110, criteria(5, 4.99), "89.99", firstRow, 1, "HTTNV"));
        cases.add(Arguments.of(regime, period, 110, criteria(5, 5), "90", firstRow, 0, "HTXSNV"));
        // in the pilot no assignment of 60% or 50% is completed: at most KHTNV (PilotRulesTest)
        cases.add(Arguments.of(regime, period, 60, criteria(7.5, 5.49), "69.99", firstRow, 2, pilot ? "KHTNV" : "HTNV"));
        cases.add(Arguments.of(regime, period, 60, criteria(7.5, 5.5), "70", firstRow, 1, pilot ? "KHTNV" : "HTTNV"));
        cases.add(Arguments.of(regime, period, 50, criteria(3.75, 3.74), "49.99", firstRow, 3, "KHTNV"));
        cases.add(Arguments.of(regime, period, 50, criteria(3.75, 3.75), "50", firstRow, 2, pilot ? "KHTNV" : "HTNV"));
    }

    @ParameterizedTest(name = "{0}: tổng {4} điểm → khung dòng {5}+{6}, xếp loại {7}")
    @MethodSource("bandEdges")
    void shouldPlaceTheTotalInTheBandOfTheRegimeThatHoldsIt(String regime, Supplier<Evaluations> period, double achievement,
            GeneralCriteria criteria, String total, int firstRow, int band, String finalRating) {
        Evaluations scenario = period.get().unit("P1", "SO").person("A", "P1", Leadership.NONE, criteria).achieving("A", achievement);
        for (String colleague : new String[] {"C1", "C2", "C3", "C4", "C5"}) {
            scenario.person(colleague, "P1", Leadership.NONE, 10).achieving(colleague, 100); // 80 points, room in the quota
        }
        EvaluationResponse r = scenario.evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(r.regime()).isEqualTo(regime);
        assertThat(a.score()).isEqualByComparingTo(total);
        assertThat(Evaluations.reasonsOf(r, "A", BAND_RULE)).singleElement().satisfies(reason -> {
            assertThat(reason.source()).isEqualTo(BANDS + (firstRow + band));
            assertThat(reason.message()).isEqualTo("Tổng điểm " + total.replace('.', ',') + " thuộc khung «" + BAND_LABELS[band]
                    + "» " + BAND_RANGES[band] + " nên xếp loại theo điểm là " + RATINGS[band] + " (" + label(band) + ").");
        });
        assertThat(a.rating()).isEqualTo(finalRating);
    }

    @Test
    void shouldRefuseAGeneralCriterionAboveItsMaximum() {
        Evaluations scenario = Evaluations.month2026().unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, new GeneralCriteria(8.0, 7.5, 7.5, 7.5)).achieving("A", 100)
                .person("B", "P1", Leadership.NONE, new GeneralCriteria(7.5, 7.6, 7.5, 7.5)).achieving("B", 100);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, scenario::evaluate);

        assertThat(e).as("an evaluation with politics 8 > 7.5").isNotNull();
        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("$.employees[0].generalCriteria.politics", "$.employees[1].generalCriteria.ethics");
        assertThat(e.problems().get(0).message()).isEqualTo("Điểm tiêu chí «Chính trị tư tưởng» là 8, vượt mức tối đa 7,5 "
                + "(decision-tables/cham-diem.drl.xlsx!Tiêu chí chung!B11).");
    }

    @Test
    void shouldRefuseWeightsThatDoNotTotalOneHundred() {
        Evaluations scenario = Evaluations.month2026().unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, 20).person("B", "P1", Leadership.NONE, 20)
                .assign("A", Polarity.HIGHER_IS_BETTER, 100.0, 100.0, 60)
                .assign("A", Polarity.HIGHER_IS_BETTER, 100.0, 100.0, 30)
                .assign("B", Polarity.HIGHER_IS_BETTER, 100.0, 100.0, 100);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, scenario::evaluate);

        assertThat(e).as("an evaluation with weights 60 + 30").isNotNull();
        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("$.assignments[0].weight", "$.assignments[1].weight");
        assertThat(e.problems()).extracting(FieldProblem::message)
                .containsOnly("Tổng trọng số các chỉ tiêu của «A» là 90, phải bằng 100.");
    }

    /** Three criteria at {@code first} and discipline at {@code last}. */
    private static GeneralCriteria criteria(double first, double last) {
        return new GeneralCriteria(first, first, first, last);
    }

    private static String label(int band) {
        return new String[] {"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
            "Không hoàn thành nhiệm vụ"}[band];
    }

    private static java.math.BigDecimal bd(String value) {
        return new java.math.BigDecimal(value);
    }

    @ParameterizedTest(name = "70 + 5 + 5 + 5 + {0} = {2} → {3} điểm, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # discipline | general | sum     | shown | rating | band reason
            4.9956       | 19,9956 | 89,9956 | 90    | HTXSNV | 'Tổng điểm 90 thuộc khung «Xuất sắc» (từ 90) nên xếp loại theo điểm là HTXSNV (Hoàn thành xuất sắc nhiệm vụ).'
            4.995        | 19,995  | 89,995  | 90    | HTXSNV | 'Tổng điểm 90 thuộc khung «Xuất sắc» (từ 90) nên xếp loại theo điểm là HTXSNV (Hoàn thành xuất sắc nhiệm vụ).'
            4.9949       | 19,9949 | 89,9949 | 89.99 | HTTNV  | 'Tổng điểm 89,99 thuộc khung «Tốt» (từ 70 đến dưới 90) nên xếp loại theo điểm là HTTNV (Hoàn thành tốt nhiệm vụ).'
            """)
    void shouldBandTheScoreAsShownRoundedOnceByTheTable(double discipline, String general, String sum, String shown, String rating,
            String bandReason) {
        // The pilot has no quota to move a lone HTXSNV; 110% exceeds its task (70 points at most), as the pilot asks.
        EvaluationResponse r = Evaluations.pilotMonth().unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, new GeneralCriteria(5.0, 5.0, 5.0, discipline)).achieving("A", 110)
                .evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).as("the score shown is the score banded").isEqualByComparingTo(shown);
        assertThat(a.rating()).isEqualTo(rating);
        assertThat(Evaluations.reasonsOf(r, "A", TOTAL_RULE)).singleElement().satisfies(total -> {
            assertThat(total.source()).as("the row whose cell rounds").isEqualTo("decision-tables/cham-diem.drl.xlsx!Cơ cấu điểm!B11");
            assertThat(total.message()).isEqualTo("Tổng điểm: 70 (kết quả nhiệm vụ) + " + general + " (tiêu chí chung) = " + sum
                    + ", làm tròn đến 2 chữ số thập phân (cột «Làm tròn tổng điểm (chữ số thập phân)») là "
                    + shown.replace('.', ',') + " điểm.");
        });
        assertThat(Evaluations.reasonsOf(r, "A", BAND_RULE)).extracting(Reason::message).containsExactly(bandReason);
    }

    @Test
    void shouldNotMentionRoundingWhenTheSumHasNoMoreDecimalsThanTheTableKeeps() {
        EvaluationResponse r = Evaluations.pilotMonth().unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, new GeneralCriteria(5.0, 5.0, 5.0, 4.99)).achieving("A", 110).evaluate();

        assertThat(Evaluations.employee(r, "A").score()).isEqualByComparingTo("89.99");
        assertThat(Evaluations.employee(r, "A").rating()).isEqualTo("HTTNV");
        assertThat(Evaluations.reasonsOf(r, "A", TOTAL_RULE)).extracting(Reason::message)
                .containsExactly("Tổng điểm: 70 (kết quả nhiệm vụ) + 19,99 (tiêu chí chung) = 89,99 điểm.");
    }
}
