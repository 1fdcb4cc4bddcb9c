package vn.gov.sokhcn.kpi.evaluation.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;

/**
 * The {@code details} JSON of a stored result: the rating's label, the achievements and the reasons;
 * for a unit also the shares of its assignments completed, exceeded, and on time and at quality (in
 * percent), which a quarter or year rolls up from its months. {@code quotaTie}: true when the person
 * was left tied at the HTXSNV quota cut after every tie-break key (the competent person decides);
 * absent otherwise.
 */
public record ResultDetails(String ratingLabel, List<AchievementResult> achievements, List<Reason> reasons,
                            UnitShares shares, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean quotaTie) {

    public record UnitShares(BigDecimal completedPercent, BigDecimal exceededPercent, BigDecimal onTimeAndQualityPercent) {
    }
}
