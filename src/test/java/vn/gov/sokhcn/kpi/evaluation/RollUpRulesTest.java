package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.MonthScore;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.UnitMonth;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * Quarters and years evaluated as roll-ups (rules/scoring/roll-up.drl, rules/unit/roll-up.drl): the
 * score is the average of the monthly scores of the time worked, then banded, overridden, restricted
 * by time, capped for leaders and quota'd by the same rules as a month.
 */
class RollUpRulesTest {
    private static final String ROLL_UP = "Điểm kỳ tổng hợp là bình quân điểm các tháng thực tế làm việc";
    private static final String UNIT_ROLL_UP = "Kết quả kỳ tổng hợp của đơn vị là bình quân kết quả các tháng";

    @Test
    void shouldScoreAYearAsTheAverageOfTheMonthsWorked() {
        EvaluationResponse r = Evaluations.year(2026).unit("P1", "SO")
                .rolledUp("A", "P1", Leadership.NONE, 92.5, 90, 85, 88, 87.5, 86, 89, 90, 86.3, 87).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).isEqualByComparingTo("88.13");
        assertThat(a.rating()).isEqualTo("HTTNV");
        assertThat(a.achievements()).isEmpty();
        assertThat(Evaluations.reasonsOf(r, "A", ROLL_UP)).singleElement().satisfies(reason -> {
            assertThat(reason.source()).as("the row that rounds the average").isEqualTo("decision-tables/cham-diem.drl.xlsx!Cơ cấu điểm!B13");
            assertThat(reason.message()).isEqualTo("Điểm năm 2026: bình quân điểm 10 tháng thực tế làm việc (2026-01: 92,5; "
                    + "2026-02: 90; 2026-03: 85; 2026-04: 88; 2026-05: 87,5; 2026-06: 86; 2026-07: 89; 2026-08: 90; "
                    + "2026-09: 86,3; 2026-10: 87) = 88,13 điểm.");
        });
        assertThat(Evaluations.messages(r, "A")).as("ten months given are ten months worked: no time restriction")
                .noneMatch(m -> m.startsWith("Thời gian làm việc"))
                .as("neither general criteria nor assignments are scored")
                .noneMatch(m -> m.startsWith("Tiêu chí chung") || m.startsWith("Kết quả thực hiện nhiệm vụ")
                        || m.startsWith("Chưa được giao") || m.startsWith("Tổng điểm:"));
    }

    @Test
    void shouldAverageTaskAndGeneralPointsOverTheMonthsThatGiveThem() {
        Evaluations year = Evaluations.year(2026).unit("P1", "SO");
        EvaluationResponse r = year.rolledUp("A", "P1", Leadership.NONE, null, null, null, null, List.of(
                new MonthScore("2026-03", 80.0, 56.0, 24.0),
                new MonthScore("2026-01", 90.0, 63.0, 27.0),
                new MonthScore("2026-02", 70.0, null, null),
                new MonthScore("2026-04", 86.0, 60.0, null),
                new MonthScore("2026-05", 74.0, 52.0, 22.0),
                new MonthScore("2026-06", 80.0, 55.0, 25.0))).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).isEqualByComparingTo("80");
        assertThat(a.taskScore()).isEqualByComparingTo("57.2");
        assertThat(a.generalScore()).isEqualByComparingTo("24.5");
        assertThat(Evaluations.reasonsOf(r, "A", ROLL_UP)).singleElement().extracting(Reason::message)
                .isEqualTo("Điểm năm 2026: bình quân điểm 6 tháng thực tế làm việc (2026-01: 90; 2026-02: 70; 2026-03: 80; "
                        + "2026-04: 86; 2026-05: 74; 2026-06: 80) = 80 điểm; điểm kết quả nhiệm vụ bình quân 57,2; "
                        + "điểm tiêu chí chung bình quân 24,5.");
    }

    @Test
    void shouldScoreAQuarterAsTheAverageOfItsMonths() {
        EvaluationResponse r = Evaluations.quarter(2026, 2).unit("P1", "SO")
                .rolledUp("A", "P1", Leadership.NONE, 60, 65, 66).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).isEqualByComparingTo("63.67");
        assertThat(a.rating()).isEqualTo("HTNV");
        assertThat(Evaluations.reasonsOf(r, "A", ROLL_UP)).singleElement().extracting(Reason::message)
                .isEqualTo("Điểm quý 2026-Q2: bình quân điểm 3 tháng thực tế làm việc (2026-04: 60; 2026-05: 65; "
                        + "2026-06: 66) = 63,666666667, làm tròn đến 2 chữ số thập phân (cột «Làm tròn tổng điểm (chữ số thập phân)») "
                        + "là 63,67 điểm.");
    }

    @Test
    void shouldScoreAYearFromItsQuartersAsTwelveMonthsWorked() {
        Evaluations year = Evaluations.year(2026).unit("P1", "SO");
        EvaluationResponse r = year.rolledUp("A", "P1", Leadership.NONE, null, null, null, null, List.of(
                new MonthScore("2026-Q1", 70.0, null, null), new MonthScore("2026-Q2", 72.0, null, null),
                new MonthScore("2026-Q3", 68.0, null, null), new MonthScore("2026-Q4", 69.0, null, null))).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).isEqualByComparingTo("69.75");
        assertThat(a.rating()).isEqualTo("HTNV");
        assertThat(Evaluations.reasonsOf(r, "A", ROLL_UP)).singleElement().extracting(Reason::message)
                .isEqualTo("Điểm năm 2026: bình quân điểm 4 quý thực tế làm việc (2026-Q1: 70; 2026-Q2: 72; 2026-Q3: 68; "
                        + "2026-Q4: 69) = 69,75 điểm.");
    }

    @Test
    void shouldBandTheAverageByTheBandsOfTheRegime() {
        EvaluationResponse r = Evaluations.year(2026).unit("P1", "SO").exempt("SO")
                .rolledUp("A", "P1", Leadership.NONE, 95, 85, 95, 85, 95, 85)
                .rolledUp("B", "P1", Leadership.NONE, 95, 85, 95, 85, 95, 84.94)
                .rolledUp("C", "P1", Leadership.NONE, 40, 50, 60, 50, 50, 50)
                .evaluate();

        assertThat(Evaluations.employee(r, "A").score()).isEqualByComparingTo("90");
        assertThat(Evaluations.ratedAs(r, "HTXSNV")).containsExactly("A");
        assertThat(Evaluations.ratedAs(r, "HTTNV")).containsExactly("B");
        assertThat(Evaluations.ratedAs(r, "HTNV")).containsExactly("C");
        assertThat(Evaluations.reasonsOf(r, "B", "Xếp loại theo khung điểm")).singleElement().satisfies(reason -> {
            assertThat(reason.source()).isEqualTo("decision-tables/xep-loai.drl.xlsx!Khung điểm!B20");
            assertThat(reason.message()).isEqualTo("Tổng điểm 89,99 thuộc khung «Tốt» (từ 70 đến dưới 90) nên xếp loại "
                    + "theo điểm là HTTNV (Hoàn thành tốt nhiệm vụ).");
        });
    }

    @Test
    void shouldRateKhtnvWhoWasDisciplinedInTheYearWhateverTheAverage() {
        Evaluations year = Evaluations.year(2026).unit("P1", "SO").exempt("SO");
        EvaluationResponse r = year.rolledUp("A", "P1", Leadership.NONE, true, null, null, null,
                year.months(95, 96, 97, 98, 99, 100, 95, 96, 97, 98, 99, 100)).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).isEqualByComparingTo("97.5");
        assertThat(a.rating()).isEqualTo("KHTNV");
        assertThat(Evaluations.messages(r, "A"))
                .contains("Vi phạm: bị xử lý kỷ luật trong năm nên xếp loại tối đa KHTNV (Không hoàn thành nhiệm vụ), "
                        + "không phụ thuộc điểm.");
    }

    @Test
    void shouldNotRateWhoWorkedFiveMonthsOfTheYearUnlessOnMaternityLeave() {
        Evaluations year = Evaluations.year(2026).unit("P1", "SO");
        EvaluationResponse r = year.rolledUp("A", "P1", Leadership.NONE, 80, 80, 80, 80, 80)
                .rolledUp("M", "P1", Leadership.NONE, null, null, 7.0, true, year.months(80, 80, 80, 80, 80))
                .evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).isEqualByComparingTo("80");
        assertThat(a.rating()).isEqualTo("NOT_RATED");
        assertThat(Evaluations.messages(r, "A")).contains(
                "Thời gian làm việc 5 tháng, nghỉ 0 tháng: «Làm việc dưới 6 tháng trong năm» nên chưa xếp loại.");
        assertThat(Evaluations.employee(r, "M").rating()).isEqualTo("HTTNV");
    }

    @Test
    void shouldRateAtMostHtnvWhoWasOnLeaveThreeToSixMonths() {
        Evaluations year = Evaluations.year(2026).unit("P1", "SO");
        EvaluationResponse r = year.rolledUp("A", "P1", Leadership.NONE, null, null, 4.0, null,
                year.months(85, 85, 85, 85, 85, 85, 85, 85)).evaluate();

        assertThat(Evaluations.employee(r, "A").rating()).isEqualTo("HTNV");
        assertThat(Evaluations.messages(r, "A")).contains("Thời gian làm việc 8 tháng, nghỉ 4 tháng: «Nghỉ từ 3 tháng đến "
                + "dưới 6 tháng trong năm» nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).");
    }

    @Test
    void shouldTakeTheMonthsWorkedTheRequestStatesOverTheMonthsListed() {
        Evaluations year = Evaluations.year(2026).unit("P1", "SO");
        EvaluationResponse r = year.rolledUp("A", "P1", Leadership.NONE, null, 7.0, null, null,
                year.months(80, 80, 80, 80, 80)).evaluate();

        assertThat(Evaluations.employee(r, "A").rating()).as("a transferred person: two months scored elsewhere")
                .isEqualTo("HTTNV");
    }

    @Test
    void shouldCapALeaderWhoseUnitCompletedUnderHalfOnAverage() {
        EvaluationResponse r = Evaluations.year(2026).exempt("SO")
                .rolledUpUnit("P1", "SO", new UnitMonth("2026-01", 70.0, 60.0, 0.0, 50.0),
                        new UnitMonth("2026-02", 50.0, 30.0, 0.0, 20.0), new UnitMonth("2026-03", 60.0, 40.0, 10.0, 30.0))
                .rolledUp("L", "P1", Leadership.HEAD, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92).evaluate();

        var unit = Evaluations.unitOf(r, "P1");
        assertThat(unit.score()).isEqualByComparingTo("60");
        assertThat(unit.rating()).isEqualTo("HTNV");
        assertThat(unit.achievements()).isEmpty();
        assertThat(unit.reasons()).filteredOn(reason -> reason.rule().equals(UNIT_ROLL_UP)).singleElement()
                .extracting(Reason::message).isEqualTo("Điểm của đơn vị năm 2026: bình quân điểm 3 tháng (2026-01: 70; "
                        + "2026-02: 50; 2026-03: 60) = 60 điểm; bình quân 43,33% chỉ tiêu hoàn thành, 3,33% vượt, "
                        + "33,33% đúng hạn và đạt chất lượng.");
        var leader = Evaluations.employee(r, "L");
        assertThat(leader.score()).isEqualByComparingTo("92");
        assertThat(leader.rating()).isEqualTo("KHTNV");
        assertThat(Evaluations.messages(r, "L")).contains("Lãnh đạo đơn vị P1: tỷ lệ chỉ tiêu của đơn vị hoàn thành là "
                + "43,33%, không quá 70% nên xếp loại tối đa KHTNV (Không hoàn thành nhiệm vụ).");
    }

    @Test
    void shouldLeaveALeaderOfAUnitThatDidWellOnAverageUncapped() {
        EvaluationResponse r = Evaluations.year(2026).exempt("SO")
                .rolledUpUnit("P1", "SO", new UnitMonth("2026-01", 95.0, 100.0, 60.0, 100.0),
                        new UnitMonth("2026-02", 93.0, 100.0, 50.0, 90.0))
                .rolledUp("L", "P1", Leadership.HEAD, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92).evaluate();

        assertThat(Evaluations.employee(r, "L").rating()).isEqualTo("HTXSNV");
        assertThat(Evaluations.unitOf(r, "P1").rating()).isEqualTo("HTXSNV");
    }

    @Test
    void shouldApplyTheQuotaAtYearLevelAmongRolledUpPeople() {
        EvaluationResponse r = Evaluations.year(2026).unit("P1", "SO")
                .rolledUp("X1", "P1", Leadership.NONE, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96)
                .rolledUp("X2", "P1", Leadership.NONE, 94, 94, 94, 94, 94, 94, 94, 94, 94, 94, 94, 94)
                .rolledUp("G1", "P1", Leadership.NONE, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80)
                .rolledUp("G2", "P1", Leadership.NONE, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80)
                .rolledUp("G3", "P1", Leadership.NONE, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80)
                .rolledUp("G4", "P1", Leadership.NONE, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80)
                .rolledUp("G5", "P1", Leadership.NONE, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80)
                .evaluate();

        assertThat(Evaluations.ratedAs(r, "HTXSNV")).containsExactly("X1");
        assertThat(Evaluations.ratedAs(r, "HTTNV")).containsExactly("X2", "G1", "G2", "G3", "G4", "G5");
        assertThat(Evaluations.messages(r, "X2")).contains("Hạn mức: trong cơ quan SO, nhóm nhiệm vụ «Công chức» có 5 "
                + "người HTTNV nên tối đa 1 người HTXSNV (20%, làm tròn xuống), nhưng đang có 2; người này xếp thấp nhất "
                + "trong số đó (94 điểm) nên chuyển xuống HTTNV (Hoàn thành tốt nhiệm vụ).");
    }

    @Test
    void shouldNotScoreTheOwnAssignmentsOfARolledUpPerson() {
        EvaluationResponse r = Evaluations.year(2026).unit("P1", "SO")
                .rolledUp("A", "P1", Leadership.NONE, 80, 80, 80, 80, 80, 80)
                .assign("A", vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity.HIGHER_IS_BETTER, 100.0, 10.0, 40)
                .evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).as("weights of 40 are not refused, and not scored").isEqualByComparingTo("80");
        assertThat(a.achievements()).isEmpty();
    }

    @Test
    void shouldNotApplyTheDeputyComponentAgainToARolledUpDeputy() {
        EvaluationResponse r = Evaluations.year(2026).unit("P1", "SO").exempt("SO")
                .rolledUp("D", "P1", Leadership.DEPUTY_HEAD, 80, 80, 80, 80, 80, 80)
                .rolledUp("S", "P1", Leadership.NONE, 40, 40, 40, 40, 40, 40)
                .evaluate();

        assertThat(Evaluations.employee(r, "S").rating()).isEqualTo("KHTNV");
        assertThat(Evaluations.employee(r, "D").score()).as("the monthly scores already carry it").isEqualByComparingTo("80");
        assertThat(Evaluations.messages(r, "D")).noneMatch(m -> m.startsWith("Cấp phó"));
    }

    @Test
    void shouldRollUpThePilotYearWithoutCheckingThePilotConditionsAgain() {
        EvaluationResponse r = Evaluations.year(2023).unit("P1", "SO")
                .rolledUp("A", "P1", Leadership.NONE, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80).evaluate();

        assertThat(r.regime()).isEqualTo("PILOT_2023");
        assertThat(Evaluations.employee(r, "A").rating()).isEqualTo("HTTNV");
        assertThat(Evaluations.messages(r, "A")).contains("Điều kiện thí điểm về tỷ lệ chỉ tiêu hoàn thành và vượt đã được "
                + "xét trong từng tháng; kỳ tổng hợp không xét lại.");
    }

    @Test
    void shouldEvaluateRolledUpAndNormallyEvaluatedPeopleTogether() {
        EvaluationResponse r = Evaluations.year(2026).unit("P1", "SO").exempt("SO")
                .rolledUp("A", "P1", Leadership.NONE, 80, 80, 80, 80, 80, 80)
                .achiever("B", "P1", 10, 100)
                .evaluate();

        assertThat(Evaluations.employee(r, "A").score()).isEqualByComparingTo("80");
        assertThat(Evaluations.employee(r, "B").score()).isEqualByComparingTo("80");
        assertThat(Evaluations.messages(r, "B")).contains("Tổng điểm: 70 (kết quả nhiệm vụ) + 10 (tiêu chí chung) = 80 điểm.");
    }
}
