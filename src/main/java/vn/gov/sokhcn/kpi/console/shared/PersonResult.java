package vn.gov.sokhcn.kpi.console.shared;

import java.math.BigDecimal;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;
import vn.gov.sokhcn.kpi.evaluation.run.Decision;

/**
 * A stored result of a run: a person's (employeeCode set) or a unit's, with its achievements and reasons;
 * for a person the latest decision beside the proposal ({@code decided}, null while undecided).
 */
public record PersonResult(String code, String name, boolean person, long unitId, String unitCode, String unitName,
                           String staffType, BigDecimal score, BigDecimal taskScore, BigDecimal generalScore,
                           String rating, List<AchievementResult> achievements, List<Reason> reasons,
                           Decision decided) {

    public String ratingLabel() {
        return Labels.rating(rating);
    }

    public String staffTypeLabel() {
        return Labels.staffType(staffType);
    }
}
