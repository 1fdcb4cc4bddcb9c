package vn.gov.sokhcn.kpi.evaluation.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;

/** Views of results by subject: a person across periods, a unit and its people in a period. */
public final class SubjectResultViews {
    private SubjectResultViews() {
    }

    /**
     * A person's result in the latest completed run of one period: the proposal and the decision beside it
     * (null while undecided); for a member of staff before publication only {@code note}.
     */
    public record PeriodResult(String period, String periodKind, LocalDate start, LocalDate end, long runId, String unit,
                               BigDecimal score, BigDecimal taskScore, BigDecimal generalScore, String rating,
                               String ratingLabel, Decision decided, String note) {
    }

    /** A unit's own result in a run. */
    public record UnitResultView(String code, String name, BigDecimal score, String rating, String ratingLabel,
                                 ResultDetails.UnitShares shares, List<AchievementResult> achievements,
                                 List<Reason> reasons) {
    }

    /** A unit's own result and the results of the people evaluated in it, in the latest completed run of a period. */
    public record UnitPeriodResults(String period, long runId, UnitResultView unit, List<RunResultView> employees) {
    }
}
