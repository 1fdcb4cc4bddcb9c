package vn.gov.sokhcn.kpi.evaluation.run;

import java.math.BigDecimal;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;

/** A person's stored result in a run: who, the unit they were evaluated in, scores, rating and why. */
public record RunResultView(String employee, String name, String unit, String unitName, String staffType,
                            BigDecimal score, BigDecimal taskScore, BigDecimal generalScore, String rating,
                            String ratingLabel, List<AchievementResult> achievements, List<Reason> reasons) {
}
