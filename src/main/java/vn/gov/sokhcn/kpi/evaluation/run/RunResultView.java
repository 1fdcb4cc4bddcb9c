package vn.gov.sokhcn.kpi.evaluation.run;

import java.math.BigDecimal;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;

/**
 * A person's stored result in a run: who, the unit they were evaluated in, the proposed scores, rating
 * and why, and beside them the decided rating ({@code decided}, null while undecided). A member of
 * staff whose period is not published reads only {@code note}: no score, rating or reason.
 */
public record RunResultView(String employee, String name, String unit, String unitName, String staffType,
                            BigDecimal score, BigDecimal taskScore, BigDecimal generalScore, String rating,
                            String ratingLabel, List<AchievementResult> achievements, List<Reason> reasons,
                            Decision decided, String note) {

    /** The same person with nothing of the result, only the note that it is not published. */
    RunResultView unpublished() {
        return new RunResultView(employee, name, unit, unitName, staffType, null, null, null, null, null, List.of(),
                List.of(), null, Decision.NOT_PUBLISHED);
    }

    RunResultView decided(Decision decision) {
        return new RunResultView(employee, name, unit, unitName, staffType, score, taskScore, generalScore, rating,
                ratingLabel, achievements, reasons, decision, note);
    }
}
