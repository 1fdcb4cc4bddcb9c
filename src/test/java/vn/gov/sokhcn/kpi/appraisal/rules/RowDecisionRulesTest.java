package vn.gov.sokhcn.kpi.appraisal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.appraisal.rules.DecidedRating.State;
import vn.gov.sokhcn.kpi.evaluation.Evaluations;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.organisation.Leadership;

/**
 * The decision check over the shipped rule set's rows: the HTXSNV quota per agency and task group
 * (han-muc.drl.xlsx) and the leader caps (lanh-dao.drl.xlsx) on decided ratings, each breach at its cell.
 */
class RowDecisionRulesTest {
    private static final String QUOTA_CELL = "decision-tables/han-muc.drl.xlsx!Hạn mức HTXSNV!E11";
    private static final String OVER_QUOTA = "Hạn mức: trong cơ quan SO, nhóm nhiệm vụ «Công chức» có 5 người HTTNV nên "
            + "tối đa 1 người HTXSNV (20%, làm tròn xuống), nhưng theo các xếp loại quyết định có 2 người HTXSNV.";

    private final List<DecidedRating> ratings = new ArrayList<>();
    private long nextId = 1;

    @Test
    void shouldRefuseRaisingTheFocusPersonToHtxsnvOverTheQuotaAtTheQuotaCell() {
        person("X1", "P1", Leadership.NONE, Rating.HTXSNV, State.DECIDED);
        DecidedRating x2 = person("X2", "P1", Leadership.NONE, Rating.HTXSNV, State.DECIDED);
        DecidedRating t1 = fiveGood().get(0);

        assertThat(check(2026, x2.employeeId())).containsExactly(new RuleBreach("X2", OVER_QUOTA, QUOTA_CELL));
        assertThat(check(2026, t1.employeeId())).isEmpty(); // T1's HTTNV neither causes nor worsens it
        assertThat(check(2026, null)).containsExactly(new RuleBreach("X1", OVER_QUOTA, QUOTA_CELL),
                new RuleBreach("X2", OVER_QUOTA, QUOTA_CELL));
    }

    @Test
    void shouldRefuseLoweringAnHttnvWhoseCountKeepsTheQuotaOpen() {
        person("X1", "P1", Leadership.NONE, Rating.HTXSNV, State.PROPOSED);
        List<DecidedRating> good = fiveGood();
        DecidedRating lowered = replace(good.get(0), Rating.HTNV); // 4 HTTNV left: at most 0 HTXSNV

        assertThat(check(2026, lowered.employeeId())).containsExactly(new RuleBreach("T1", "Hạn mức: trong cơ quan SO, nhóm "
                + "nhiệm vụ «Công chức» có 4 người HTTNV nên tối đa 0 người HTXSNV (20%, làm tròn xuống), nhưng theo các "
                + "xếp loại quyết định có 1 người HTXSNV.", QUOTA_CELL));
    }

    @Test
    void shouldNotCountPeopleTiedAtTheCutUntilDecided() {
        person("X1", "P1", Leadership.NONE, Rating.HTXSNV, State.DECIDED);
        person("A", "P1", Leadership.NONE, Rating.HTXSNV, State.PENDING_TIE);
        person("B", "P1", Leadership.NONE, Rating.HTXSNV, State.PENDING_TIE);
        fiveGood();

        assertThat(check(2026, null)).isEmpty();
    }

    @Test
    void shouldApplyNoQuotaInAPilotPeriodNorToAnExemptAgency() {
        person("X1", "P1", Leadership.NONE, Rating.HTXSNV, State.DECIDED);
        person("X2", "P1", Leadership.NONE, Rating.HTXSNV, State.DECIDED);
        fiveGood();

        assertThat(RowDecisionRules.check(run("2023-06-01", Set.of(), Map.of()), ratings, null)).isEmpty();
        assertThat(RowDecisionRules.check(run("2026-01-01", Set.of("SO"), Map.of()), ratings, null)).isEmpty();
    }

    @Test
    void shouldRefuseALeaderAboveTheCapOfThePeopleUnderThemDecided() {
        DecidedRating head = person("H", "P1", Leadership.HEAD, Rating.HTTNV, State.DECIDED);
        DecidedRating s1 = person("S1", "P1", Leadership.NONE, Rating.HTTNV, State.PROPOSED);
        person("S2", "P1", Leadership.NONE, Rating.HTTNV, State.PROPOSED);
        DecidedRating s3 = person("S3", "P1", Leadership.NONE, Rating.HTNV, State.DECIDED);
        RuleBreach breach = new RuleBreach("H", "Lãnh đạo: theo các xếp loại quyết định, tỷ lệ người dưới quyền từ HTTNV trở "
                + "lên (trong 3 người) là 66,67%, dưới 70% nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ); không thể quyết "
                + "định HTTNV (Hoàn thành tốt nhiệm vụ).", "decision-tables/lanh-dao.drl.xlsx!Trần theo cấp dưới!F12");

        assertThat(check(2026, head.employeeId())).containsExactly(breach);
        assertThat(check(2026, s3.employeeId())).as("S3's HTNV lowers the head's cap").containsExactly(breach);
        assertThat(check(2026, s1.employeeId())).as("S1 as HTXSNV would not lift it").isEmpty();
        assertThat(check(2026, null)).containsExactly(breach);
    }

    @Test
    void shouldRefuseALeaderAboveTheCapOfTheirUnitsTargetsOnlyAtTheRowsBelowTheDecision() {
        DecidedRating head = person("H", "P1", Leadership.HEAD, Rating.HTNV, State.DECIDED);
        RunGroup run = run("2026-03-01", Set.of(), Map.of("P1", new RunGroup.UnitTargets(60, 0, 60)));

        assertThat(RowDecisionRules.check(run, ratings, head.employeeId())).containsExactly(new RuleBreach("H",
                "Lãnh đạo: tỷ lệ chỉ tiêu của đơn vị P1 hoàn thành là 60%, không quá 70% nên xếp loại tối đa KHTNV (Không "
                        + "hoàn thành nhiệm vụ); không thể quyết định HTNV (Hoàn thành nhiệm vụ).",
                "decision-tables/lanh-dao.drl.xlsx!Trần theo đơn vị!F14"));
        assertThat(RowDecisionRules.check(run, List.of(replace(head, Rating.KHTNV)), null)).isEmpty();
    }

    private List<RuleBreach> check(int year, Long focus) {
        return RowDecisionRules.check(run(year + "-03-01", Set.of(), Map.of()), ratings, focus);
    }

    private static RunGroup run(String start, Set<String> exempt, Map<String, RunGroup.UnitTargets> units) {
        return new RunGroup(Evaluations.shippedRuleSet(), start, exempt, units, Map.of("P1", Set.of("P1"), "SO", Set.of("SO", "P1")));
    }

    private List<DecidedRating> fiveGood() {
        List<DecidedRating> good = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            good.add(person("T" + i, "P1", Leadership.NONE, Rating.HTTNV, State.PROPOSED));
        }
        return good;
    }

    private DecidedRating person(String code, String unit, Leadership leadership, Rating rating, State state) {
        DecidedRating r = new DecidedRating(nextId++, code, unit, "SO", "CIVIL_SERVANT", leadership, rating, state);
        ratings.add(r);
        return r;
    }

    private DecidedRating replace(DecidedRating r, Rating rating) {
        DecidedRating decided = new DecidedRating(r.employeeId(), r.employeeCode(), r.unitCode(), r.agencyCode(), r.taskGroup(),
                r.leadership(), rating, State.DECIDED);
        ratings.set(ratings.indexOf(r), decided);
        return decided;
    }
}
