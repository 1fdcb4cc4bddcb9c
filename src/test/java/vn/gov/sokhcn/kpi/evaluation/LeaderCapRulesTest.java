package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.employee;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.messages;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.reasonsFrom;
import static vn.gov.sokhcn.kpi.evaluation.Evaluations.sourcesFrom;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Tasks;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * Leaders' ratings are capped by their unit's own assignments (sheet "Trần theo đơn vị") and by the
 * ratings of the people under them (sheet "Trần theo cấp dưới"). Pilot months: no quota; every
 * leader scores 100 on 110% achieved (HTXSNV before the caps, the pilot conditions met).
 */
class LeaderCapRulesTest {
    private static final String TABLES = "decision-tables/lanh-dao.drl.xlsx!";
    private static final String UNIT = TABLES + "Trần theo đơn vị!";
    private static final String SUBS = TABLES + "Trần theo cấp dưới!";
    private static final double[] UNIT_EXCEEDED = {110, 110};

    static Stream<Arguments> unitRows() {
        return Stream.of(
                // completed 100, exceeded 100, on time 100
                Arguments.of("no row", UNIT_EXCEEDED, "HTXSNV", List.of()),
                // completed 80 (< 100), exceeded 80, on time 80 (not < 80)
                Arguments.of("completed < 100", new double[] {110, 110, 110, 110, 90}, "HTNV", List.of(UNIT + "B11")),
                // completed 100, exceeded 0 (< 50)
                Arguments.of("exceeded < 50", new double[] {100, 100}, "HTTNV", List.of(UNIT + "B12")),
                // completed 75 and on time 75 (< 80): on time and at quality is completed for measured values
                Arguments.of("on time and quality < 80", new double[] {110, 110, 110, 90}, "HTNV",
                        List.of(UNIT + "B11", UNIT + "B13")),
                // completed 70 (<= 70), exceeded 70, on time 70
                Arguments.of("completed <= 70", new double[] {110, 110, 110, 110, 110, 110, 110, 90, 90, 90}, "KHTNV",
                        List.of(UNIT + "B11", UNIT + "B13", UNIT + "B14")));
    }

    @ParameterizedTest(name = "{0}: head at most {2}")
    @MethodSource("unitRows")
    void shouldCapHeadByTheRowsOfTheUnitTableTheUnitHits(String row, double[] unitActuals, String expected,
                                                         List<String> sources) {
        EvaluationResponse r = headOfP1(unitActuals).staff("P1", "HTTNV", "S1").evaluate();

        assertThat(employee(r, "H").score()).isEqualByComparingTo("100.00");
        assertThat(employee(r, "H").rating()).isEqualTo(expected);
        assertThat(sourcesFrom(r, "H", TABLES)).containsExactlyInAnyOrderElementsOf(sources);
    }

    static Stream<Arguments> subordinateRows() {
        return Stream.of(
                // 2 rated of 3 (NOT_RATED left out): 100% HTNV+, 100% HTTNV+
                Arguments.of("no row, NOT_RATED left out", List.of("HTTNV", "HTTNV", "NOT_RATED"), "HTXSNV", List.of()),
                // 80% HTNV+ (< 100), 80% HTTNV+
                Arguments.of("HTNV+ < 100", List.of("HTTNV", "HTTNV", "HTTNV", "HTTNV", "KHTNV"), "HTNV", List.of(SUBS + "B11")),
                // 100% HTNV+, 50% HTTNV+ (< 70)
                Arguments.of("HTTNV+ < 70", List.of("HTTNV", "HTNV"), "HTNV", List.of(SUBS + "B12")),
                // 50% HTNV+ (< 70), 50% HTTNV+
                Arguments.of("HTNV+ < 70", List.of("HTTNV", "KHTNV"), "KHTNV",
                        List.of(SUBS + "B11", SUBS + "B12", SUBS + "B13")));
    }

    @ParameterizedTest(name = "{0}: head at most {2}")
    @MethodSource("subordinateRows")
    void shouldCapHeadByTheRowsOfTheSubordinatesTableTheirRatingsHit(String row, List<String> ratings,
                                                                     String expected, List<String> sources) {
        Evaluations scenario = headOfP1(UNIT_EXCEEDED);
        for (int i = 0; i < ratings.size(); i++) {
            scenario.rated("S" + i, "P1", Leadership.NONE, ratings.get(i));
        }
        EvaluationResponse r = scenario.evaluate();

        assertThat(employee(r, "H").score()).isEqualByComparingTo("100.00");
        assertThat(employee(r, "H").rating()).isEqualTo(expected);
        assertThat(sourcesFrom(r, "H", TABLES)).containsExactlyInAnyOrderElementsOf(sources);
    }

    @Test
    void shouldExplainTheValueAndTheLimitOfEachRowTheLeaderHits() {
        EvaluationResponse r = headOfP1(110, 110, 110, 90).staff("P1", "HTTNV", "S1").staff("P1", "HTNV", "S2").evaluate();

        // restrictions only lower a rating, so the rows apply (and are explained) in any order
        assertThat(reasonsFrom(r, "H", TABLES)).extracting(Reason::message).containsExactlyInAnyOrder(
                "Lãnh đạo đơn vị P1: tỷ lệ chỉ tiêu của đơn vị hoàn thành là 75%, dưới 100% nên xếp loại tối đa "
                        + "HTNV (Hoàn thành nhiệm vụ).",
                "Lãnh đạo đơn vị P1: tỷ lệ chỉ tiêu của đơn vị đúng hạn, đạt chất lượng là 75%, dưới 80% nên xếp loại "
                        + "tối đa HTNV (Hoàn thành nhiệm vụ).",
                "Lãnh đạo: tỷ lệ người dưới quyền từ HTTNV trở lên (trong 2 người) là 50%, dưới 70% nên xếp loại tối đa "
                        + "HTNV (Hoàn thành nhiệm vụ).");
        assertThat(employee(r, "H").rating()).isEqualTo("HTNV");
    }

    @Test
    void shouldSummariseAnUncappedLeadersUnitAndSubordinates() {
        EvaluationResponse r = headOfP1(UNIT_EXCEEDED).staff("P1", "HTTNV", "S1").evaluate();

        assertThat(messages(r, "H")).contains("Lãnh đạo: đơn vị P1 hoàn thành 100% chỉ tiêu, vượt 100%, đúng hạn và đạt "
                + "chất lượng 100%; người dưới quyền (1 người): 100% từ HTNV, 100% từ HTTNV trở lên; không bị giới hạn "
                + "xếp loại.");
    }

    @Test
    void shouldNotTellALeaderTheyAreUnlimitedWhenARowLimitsThemToTheirOwnRating() {
        // H scores 80 (HTTNV); P1 exceeded 0% hits "Trần theo đơn vị" B12 (at most HTTNV): the rating stays
        // HTTNV, but H is limited, so the summary "không bị giới hạn xếp loại" would contradict the row's reason
        EvaluationResponse r = Evaluations.pilotMonth().unit("P1", "SO").achievingAll("P1", 100, 100)
                .rated("H", "P1", Leadership.HEAD, "HTTNV").staff("P1", "HTTNV", "S1").evaluate();

        assertThat(employee(r, "H").rating()).isEqualTo("HTTNV");
        assertThat(sourcesFrom(r, "H", TABLES)).containsExactly(UNIT + "B12");
        assertThat(messages(r, "H")).noneMatch(m -> m.contains("không bị giới hạn xếp loại"));
    }

    @Test
    void shouldNotCapLeaderByTheUnitWhenTheUnitHasNoAssignments() {
        EvaluationResponse r = Evaluations.pilotMonth().unit("P1", "SO")
                .rated("H", "P1", Leadership.HEAD, "HTXSNV").staff("P1", "HTTNV", "S1").evaluate();

        assertThat(employee(r, "H").rating()).isEqualTo("HTXSNV");
        assertThat(messages(r, "H")).contains(
                "Đơn vị P1 không có chỉ tiêu riêng trong kỳ nên không xét trần theo kết quả đơn vị.");
        assertThat(sourcesFrom(r, "H", TABLES)).isEmpty();
    }

    @Test
    void shouldCountPeopleOfSubUnitsWithALowerLevelOnlyUnderAHead() {
        EvaluationResponse r = headOfP1(UNIT_EXCEEDED).unit("P1A", "P1").unit("P2", "SO")
                .staff("P1", "HTTNV", "S1")
                .staff("P1A", "HTNV", "S2")                       // under H: a sub-unit's staff
                .rated("HA", "P1A", Leadership.HEAD, "KHTNV")     // same level as H: not under H
                .staff("P2", "KHTNV", "X")                        // a sibling unit: not under H
                .evaluate();

        assertThat(employee(r, "H").rating()).isEqualTo("HTNV");
        assertThat(reasonsFrom(r, "H", TABLES)).extracting(Reason::message).containsExactly(
                "Lãnh đạo: tỷ lệ người dưới quyền từ HTTNV trở lên (trong 2 người) là 50%, dưới 70% nên xếp loại tối đa "
                        + "HTNV (Hoàn thành nhiệm vụ).");
    }

    @Test
    void shouldCapDirectorByTheCappedRatingsOfTheLeadersBelow() {
        // P1 completed 80%: H is capped from HTXSNV to HTNV; DD then sees H (HTNV), S1, S2 (HTTNV):
        // 66.67% HTTNV+; D sees DD (HTNV), H (HTNV), S1, S2: 50% HTTNV+. The root has no assignments.
        EvaluationResponse r = headOfP1(110, 110, 110, 110, 90).staff("P1", "HTTNV", "S1", "S2")
                .rated("DD", "SO", Leadership.DEPUTY_DIRECTOR, "HTXSNV")
                .rated("D", "SO", Leadership.DIRECTOR, "HTXSNV").evaluate();

        assertThat(employee(r, "H").rating()).isEqualTo("HTNV");
        assertThat(employee(r, "DD").rating()).isEqualTo("HTNV");
        assertThat(employee(r, "D").rating()).isEqualTo("HTNV");
        assertThat(employee(r, "D").score()).isEqualByComparingTo("100.00");
        assertThat(sourcesFrom(r, "DD", TABLES)).containsExactly(SUBS + "B12");
        assertThat(sourcesFrom(r, "D", TABLES)).containsExactly(SUBS + "B12");
        assertThat(messages(r, "DD")).anyMatch(m -> m.contains("(trong 3 người) là 66,67%"));
        assertThat(messages(r, "D")).anyMatch(m -> m.contains("(trong 4 người) là 50%"))
                .contains("Đơn vị SO không có chỉ tiêu riêng trong kỳ nên không xét trần theo kết quả đơn vị.");
    }

    @Test
    void shouldWaitForAHeadCappedByDisciplineBeforeCappingTheDirector() {
        // H scores 100 but is disciplined: KHTNV. D sees H and 4 HTTNV: 80% HTNV+ (< 100), 80% HTTNV+.
        EvaluationResponse r = Evaluations.pilotMonth().unit("P1", "SO").achievingAll("P1", UNIT_EXCEEDED)
                .disciplined("H", "P1", Leadership.HEAD, 30).achieving("H", 110)
                .staff("P1", "HTTNV", "S1", "S2", "S3", "S4")
                .rated("D", "SO", Leadership.DIRECTOR, "HTXSNV").evaluate();

        assertThat(employee(r, "H").score()).isEqualByComparingTo("100.00");
        assertThat(employee(r, "H").rating()).isEqualTo("KHTNV");
        assertThat(employee(r, "D").rating()).isEqualTo("HTNV");
        assertThat(reasonsFrom(r, "D", TABLES)).extracting(Reason::source, Reason::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SUBS + "B11", "Lãnh đạo: tỷ lệ người dưới quyền từ HTNV trở lên "
                        + "(trong 5 người) là 80%, dưới 100% nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ)."));
    }

    /** P1 under the root with its own assignments (target 100, equal weights) and its head H at 100 points. */
    @Test
    void shouldCapAHeadWhoseUnitDidEveryProductButTooManyLate() {
        // every product done (completed 100%), but 3 of 4 on time in both: on time and at quality 0% (< 80)
        // and achievement 97.92% (exceeded 0% < 50)
        EvaluationResponse r = Evaluations.pilotMonth().unit("P1", "SO")
                .assignTasks("P1", 50, new Tasks(4.0, 4.0, 4.0, 3.0, 1.0, 0.0, false))
                .assignTasks("P1", 50, new Tasks(4.0, 4.0, 4.0, 3.0, 1.0, 0.0, false))
                .rated("H", "P1", Leadership.HEAD, "HTXSNV").staff("P1", "HTTNV", "S1").evaluate();

        assertThat(employee(r, "H").rating()).isEqualTo("HTNV");
        assertThat(sourcesFrom(r, "H", TABLES)).containsExactly(UNIT + "B12", UNIT + "B13");
    }

    private static Evaluations headOfP1(double... unitActuals) {
        return Evaluations.pilotMonth().unit("P1", "SO").achievingAll("P1", unitActuals)
                .rated("H", "P1", Leadership.HEAD, "HTXSNV");
    }
}
