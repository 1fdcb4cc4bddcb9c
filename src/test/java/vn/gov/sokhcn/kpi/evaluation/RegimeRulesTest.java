package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * The regime by the period's start (che-do-ap-dung.drl.xlsx, "Chế độ áp dụng") and what it switches
 * on: the HTXSNV quota (han-muc.drl.xlsx: at most floor(20%) of the HTTNV count, lowest moved first).
 */
class RegimeRulesTest {
    private static final String QUOTA_RULE = "Hạn mức HTXSNV: chuyển người xếp thấp nhất xuống cho đến khi đạt hạn mức";
    private static final String QUOTA_ROW = "decision-tables/han-muc.drl.xlsx!Hạn mức HTXSNV!B11";
    private static final String TIE_KEYS = "decision-tables/han-muc.drl.xlsx!Tiêu chí phụ khi bằng điểm!";

    @ParameterizedTest(name = "kỳ bắt đầu {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-05-01 | PILOT_2023 | B11 | Thí điểm năm 2023 (Nghị định 90/2020) | không
            2023-09-14 | PILOT_2023 | B11 | Thí điểm năm 2023 (Nghị định 90/2020) | không
            2023-09-15 | DECREE_48  | B12 | Nghị định 48/2023 (từ 15/9/2023)      | có
            2025-12-31 | DECREE_48  | B12 | Nghị định 48/2023 (từ 15/9/2023)      | có
            2026-01-01 | DECREE_335 | B13 | Nghị định 335/2025 (từ 1/1/2026)      | có
            """)
    void shouldChooseTheRegimeByThePeriodStart(LocalDate start, String regime, String cell, String label, String quota) {
        EvaluationResponse r = Evaluations.monthStarting(start).unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, 20).achieving("A", 100).evaluate();

        assertThat(r.regime()).isEqualTo(regime);
        assertThat(r.regimeLabel()).isEqualTo(label);
        assertThat(Evaluations.reasonsOf(r, "A", "Chọn chế độ đánh giá theo ngày bắt đầu của kỳ")).singleElement()
                .satisfies(reason -> {
                    assertThat(reason.source()).isEqualTo("decision-tables/che-do-ap-dung.drl.xlsx!Chế độ áp dụng!" + cell);
                    assertThat(reason.message()).startsWith("Kỳ " + start.toString().substring(0, 7) + " bắt đầu ngày "
                            + start + " nên áp dụng chế độ «" + label + "»").endsWith("; hạn mức HTXSNV: " + quota + ".");
                });
    }

    @Test
    void shouldKeepEveryExcellentRatingInThePilotWhereThereIsNoQuota() {
        EvaluationResponse r = threeExcellent(Evaluations.pilotMonth()).evaluate();

        assertThat(r.regime()).isEqualTo("PILOT_2023");
        for (String id : new String[] {"A", "B", "C"}) {
            assertThat(Evaluations.employee(r, id).rating()).as(id).isEqualTo("HTXSNV");
            assertThat(Evaluations.reasonsOf(r, id, QUOTA_RULE)).as(id).isEmpty();
        }
        assertThat(Evaluations.messages(r, "C")).contains("Xếp loại cuối cùng: HTXSNV (Hoàn thành xuất sắc nhiệm vụ).");
    }

    static Stream<Arguments> quotaRegimes() {
        return Stream.of(Arguments.of("DECREE_48", (Supplier<Evaluations>) Evaluations::month2024),
                Arguments.of("DECREE_335", (Supplier<Evaluations>) Evaluations::month2026));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotaRegimes")
    void shouldMoveEveryExcellentRatingDownWhenNobodyIsRatedGood(String regime, Supplier<Evaluations> period) {
        EvaluationResponse r = threeExcellent(period.get()).evaluate();

        assertThat(r.regime()).isEqualTo(regime);
        // 0 HTTNV allow floor(0.2 × 0) = 0 HTXSNV: C (92) moves, then B (95) with 1 HTTNV, then A (100) with 2
        assertMoved(r, "C", 0, 3, "92");
        assertMoved(r, "B", 1, 2, "95");
        assertMoved(r, "A", 2, 1, "100");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotaRegimes")
    void shouldMoveOnlyTheLowestExcellentRatingBeyondTwentyPercentOfTheGoodOnes(String regime, Supplier<Evaluations> period) {
        Evaluations scenario = period.get().unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, 30).achieving("A", 110)
                .person("B", "P1", Leadership.NONE, 25).achieving("B", 110);
        for (String colleague : new String[] {"C1", "C2", "C3", "C4", "C5"}) {
            scenario.person(colleague, "P1", Leadership.NONE, 20).achieving(colleague, 80); // 76: HTTNV
        }
        EvaluationResponse r = scenario.evaluate();

        // 5 HTTNV allow floor(0.2 × 5) = 1 HTXSNV; B (95) is below A (100); then 6 HTTNV allow 1 and 1 remains
        assertThat(Evaluations.employee(r, "A").rating()).isEqualTo("HTXSNV");
        assertThat(Evaluations.reasonsOf(r, "A", QUOTA_RULE)).isEmpty();
        assertMoved(r, "B", 5, 2, "95");
        assertThat(Evaluations.employee(r, "C1").rating()).isEqualTo("HTTNV");
    }

    @ParameterizedTest(name = "A {0}% + {1}, B {2}% + {3} → {4} chuyển xuống")
    @CsvSource({
        "95,  28.5, 110, 25, A", // same score 95: A has fewer task points (66.5 < 70) so goes first despite its id
        "110, 25,   95, 28.5, B"  // the same the other way round: record order plays no part
    })
    void shouldBreakTiesByTaskPoints(double achievementA, double generalA, double achievementB, double generalB, String moved) {
        EvaluationResponse r = twoExcellentAndFiveGood(achievementA, generalA, achievementB, generalB).evaluate();

        String kept = moved.equals("A") ? "B" : "A";
        assertThat(Evaluations.employee(r, kept).rating()).isEqualTo("HTXSNV");
        assertMoved(r, moved, 5, 2, "95");
        assertThat(Evaluations.reasonsFrom(r, moved, TIE_KEYS)).extracting(Reason::message).containsExactly(
                "Tiêu chí phụ khi bằng điểm: người này bằng tổng điểm (95) với người xếp thấp nhất còn giữ HTXSNV; tiêu chí "
                        + "quyết định là «Điểm kết quả thực hiện nhiệm vụ»: người này 66,5, người đó 70.");
    }

    @Test
    void shouldLeaveAFullTieAtTheCutToTheCompetentPersonInsteadOfTheEmployeeId() {
        EvaluationResponse r = twoExcellentAndFiveGood(110, 25, 110, 25).evaluate();

        for (String id : new String[] {"A", "B"}) {
            assertThat(Evaluations.employee(r, id).rating()).isEqualTo("HTXSNV");
            assertThat(Evaluations.employee(r, id).quotaTie()).isTrue();
            assertThat(Evaluations.reasonsOf(r, id, QUOTA_RULE)).singleElement().extracting(Reason::message).asString()
                    .startsWith("Bằng điểm tại ngưỡng hạn mức sau mọi tiêu chí phụ: chuyển người có thẩm quyền quyết định.");
        }
    }

    private static Evaluations twoExcellentAndFiveGood(double achievementA, double generalA, double achievementB, double generalB) {
        Evaluations scenario = Evaluations.month2024().unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, generalA).achieving("A", achievementA)
                .person("B", "P1", Leadership.NONE, generalB).achieving("B", achievementB);
        for (String colleague : new String[] {"C1", "C2", "C3", "C4", "C5"}) {
            scenario.person(colleague, "P1", Leadership.NONE, 20).achieving(colleague, 80); // 76: HTTNV
        }
        return scenario;
    }

    /** A, B and C score 100, 95 and 92 with every assignment exceeded, so they meet the pilot conditions too. */
    private static Evaluations threeExcellent(Evaluations period) {
        return period.unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, 30).achieving("A", 110)
                .person("B", "P1", Leadership.NONE, 25).achieving("B", 110)
                .person("C", "P1", Leadership.NONE, 22).achieving("C", 110);
    }

    private static void assertMoved(EvaluationResponse r, String id, int good, int excellent, String score) {
        var e = Evaluations.employee(r, id);
        assertThat(e.score()).isEqualByComparingTo(score);
        assertThat(e.rating()).as(id).isEqualTo("HTTNV");
        assertThat(Evaluations.reasonsFrom(r, id, QUOTA_ROW)).as(id).singleElement().satisfies(reason -> {
            assertThat(reason.source()).isEqualTo(QUOTA_ROW);
            assertThat(reason.message()).isEqualTo("Hạn mức: trong cơ quan SO, nhóm nhiệm vụ «Công chức» có " + good
                    + " người HTTNV nên tối đa " + (good / 5) + " người HTXSNV (20%, làm tròn xuống), nhưng đang có "
                    + excellent + "; người này xếp thấp nhất trong số đó (" + score
                    + " điểm) nên chuyển xuống HTTNV (Hoàn thành tốt nhiệm vụ).");
        });
        assertThat(Evaluations.messages(r, id)).contains("Xếp loại cuối cùng: HTTNV (Hoàn thành tốt nhiệm vụ).");
    }
}
