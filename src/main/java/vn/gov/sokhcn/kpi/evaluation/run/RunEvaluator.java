package vn.gov.sokhcn.kpi.evaluation.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.evaluation.api.ResultAssembler;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitResult;
import vn.gov.sokhcn.kpi.evaluation.RuleBase;

/**
 * Evaluates the request of a stored period like an on-demand evaluation (the same checks, session
 * and results), and also keeps each unit's shares of assignments completed, exceeded, and on time
 * and at quality, which are stored with the unit's result for roll-ups. Problems the checks find are
 * told in terms of the stored data ({@link RequestProblems}).
 */
@Component
class RunEvaluator {
    private final FactAssembler facts;
    private final RuleSessionRunner runner;
    private final ResultAssembler results;

    RunEvaluator(FactAssembler facts, RuleSessionRunner runner, ResultAssembler results) {
        this.facts = facts;
        this.runner = runner;
        this.results = results;
    }

    Evaluated evaluate(EvaluationRequest request, RuleBase ruleSet) {
        try {
            Facts assembled = facts.assemble(request);
            RuleSessionRunner.SessionOutcome outcome = runner.run(ruleSet, assembled);
            EvaluationResponse response = results.assemble(assembled, outcome);
            Map<String, ResultDetails.UnitShares> shares = new HashMap<>();
            for (UnitResult u : outcome.all(UnitResult.class)) {
                if (u.scored()) {
                    shares.put(u.unitCode(), new ResultDetails.UnitShares(percent(u.completedShare()),
                            percent(u.exceededShare()), percent(u.onTimeQualityShare())));
                }
            }
            return new Evaluated(response, shares);
        } catch (InvalidRequestException e) {
            throw new RunInputsException(request.period().code(), RequestProblems.of(request, e.problems()));
        }
    }

    /** Shares are rounded to 2 decimals when stored, like scores. */
    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share).setScale(2, RoundingMode.HALF_UP);
    }

    record Evaluated(EvaluationResponse response, Map<String, ResultDetails.UnitShares> shares) {
    }
}
