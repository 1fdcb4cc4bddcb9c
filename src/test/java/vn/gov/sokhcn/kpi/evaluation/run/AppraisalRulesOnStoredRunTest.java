package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables;
import vn.gov.sokhcn.kpi.appraisal.rules.DecidedRating;
import vn.gov.sokhcn.kpi.appraisal.rules.DecidedRating.State;
import vn.gov.sokhcn.kpi.appraisal.rules.DecisionRules;
import vn.gov.sokhcn.kpi.appraisal.rules.RuleBreach;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * The appraisal rules (appraisal.rules) read from a stored run: its rule set version, its period's regime
 * and its units' targets. Here, not under appraisal, because it needs the stored Department of this
 * package's context. March 2026: one HTTNV civil servant (E1) in SO, so no HTXSNV is allowed; unit P1 met
 * and exceeded its one target (60 of 50), on time.
 */
class AppraisalRulesOnStoredRunTest extends StoredDepartmentTest {
    @Autowired
    AppraisalTables tables;
    @Autowired
    DecisionRules rules;

    @Test
    void shouldReadTheCompetentPersonAndDeadlinesFromTheRunsRuleSet() {
        long run = run("2026-03");

        assertThat(tables.competentFor(run, Leadership.NONE, false)).isEqualTo(new AppraisalTables.Authority(
                AppraisalTables.Authority.Kind.HEAD_OF_AGENCY, "Thủ trưởng cơ quan",
                "decision-tables/tham-quyen.drl.xlsx!Thẩm quyền quyết định!E11"));
        assertThat(tables.deadlines(run)).isEqualTo(new AppraisalTables.Deadlines(90, 30,
                "decision-tables/tham-quyen.drl.xlsx!Thời hạn khiếu nại!B11"));
    }

    @Test
    void shouldRefuseADecisionOverTheQuotaOfTheRunsPeriod() {
        long run = run("2026-03");
        List<DecidedRating> ratings = List.of(person(1, "E1", Leadership.NONE, Rating.HTTNV, State.PROPOSED),
                person(2, "E2", Leadership.NONE, Rating.HTXSNV, State.DECIDED));

        assertThat(rules.check(run, ratings, 2L)).containsExactly(new RuleBreach("E2", "Hạn mức: trong cơ quan SO, nhóm nhiệm vụ "
                + "«Công chức» có 1 người HTTNV nên tối đa 0 người HTXSNV (20%, làm tròn xuống), nhưng theo các xếp loại "
                + "quyết định có 1 người HTXSNV.", "decision-tables/han-muc.drl.xlsx!Hạn mức HTXSNV!E11"));
    }

    @Test
    void shouldCapALeaderByTheUnitsTargetsAsTheRunScoredThem() {
        long run = run("2026-03");
        // a head of P1 decided HTTNV over E1 (HTTNV) and E3 (KHTNV): 50% of the people under them at least HTNV
        List<DecidedRating> ratings = List.of(person(1, "E1", Leadership.NONE, Rating.HTTNV, State.PROPOSED),
                person(3, "E3", Leadership.NONE, Rating.KHTNV, State.PROPOSED),
                person(9, "H", Leadership.HEAD, Rating.HTTNV, State.DECIDED));

        assertThat(rules.check(run, ratings, 9L)).extracting(RuleBreach::source).containsExactly(
                "decision-tables/lanh-dao.drl.xlsx!Trần theo cấp dưới!F11",
                "decision-tables/lanh-dao.drl.xlsx!Trần theo cấp dưới!F12",
                "decision-tables/lanh-dao.drl.xlsx!Trần theo cấp dưới!F13");
    }

    @Test
    void shouldNameAnUnknownRun() {
        assertThatThrownBy(() -> tables.deadlines(987_654)).isInstanceOf(NotFoundException.class)
                .hasMessage("Không tìm thấy lượt tính «987654»");
    }

    private static DecidedRating person(long id, String code, Leadership leadership, Rating rating, State state) {
        return new DecidedRating(id, code, "P1", "SO", "CIVIL_SERVANT", leadership, rating, state);
    }
}
