package vn.gov.sokhcn.kpi.evaluation.api;

import java.math.BigDecimal;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;

/** The results of an evaluation; scores are rounded to 2 decimals here and only here. */
public record EvaluationResponse(RuleSetRef ruleSet, String regime, String regimeLabel, PeriodRef period,
                                 List<EmployeeResult> employees, List<UnitResult> units) {

    public record RuleSetRef(int version, String sha256) {
    }

    public record PeriodRef(String code, String kind, String start, String end) {
    }

    /** {@code quotaTie}: left tied at the HTXSNV quota cut after every tie-break key; the competent person decides. */
    public record EmployeeResult(String id, String name, String unit, BigDecimal score, BigDecimal taskScore,
                                 BigDecimal generalScore, String rating, String ratingLabel, boolean quotaTie,
                                 List<AchievementResult> achievements, List<Reason> reasons) {
    }

    public record AchievementResult(String indicator, BigDecimal weight, BigDecimal achievement) {
    }

    public record UnitResult(String code, String name, BigDecimal score, String rating, String ratingLabel,
                             List<AchievementResult> achievements, List<Reason> reasons) {
    }
}
