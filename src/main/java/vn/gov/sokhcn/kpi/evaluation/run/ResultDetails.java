package vn.gov.sokhcn.kpi.evaluation.run;

import java.math.BigDecimal;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;

/**
 * The {@code details} JSON of a stored result: the rating's label, the achievements and the reasons;
 * for a unit also the shares of its assignments completed, exceeded, and on time and at quality (in
 * percent), which a quarter or year rolls up from its months.
 */
public record ResultDetails(String ratingLabel, List<AchievementResult> achievements, List<Reason> reasons,
                            UnitShares shares) {

    public record UnitShares(BigDecimal completedPercent, BigDecimal exceededPercent, BigDecimal onTimeAndQualityPercent) {
    }
}
