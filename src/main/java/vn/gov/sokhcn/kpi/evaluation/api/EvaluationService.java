package vn.gov.sokhcn.kpi.evaluation.api;

import org.springframework.stereotype.Service;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner;
import vn.gov.sokhcn.kpi.evaluation.RuleBases;
import vn.gov.sokhcn.kpi.evaluation.RuleBase;

/** Evaluates posted facts with the active rule set; stores nothing. */
@Service
public class EvaluationService {
    private final FactAssembler facts;
    private final RuleSessionRunner runner;
    private final ResultAssembler results;
    private final RuleBases activeRuleSet;

    public EvaluationService(FactAssembler facts, RuleSessionRunner runner, ResultAssembler results, RuleBases activeRuleSet) {
        this.facts = facts;
        this.runner = runner;
        this.results = results;
        this.activeRuleSet = activeRuleSet;
    }

    public EvaluationResponse evaluate(EvaluationRequest request) {
        return evaluate(request, Detail.FULL);
    }

    /** The answer with what {@code detail} writes of it: a summary is not given the achievements. */
    EvaluationResponse evaluate(EvaluationRequest request, Detail detail) {
        Facts assembled = facts.assemble(request);
        RuleBase ruleSet = activeRuleSet.forPeriod(request.period() == null ? null : request.period().start());
        return results.assemble(assembled, runner.run(ruleSet, assembled), detail);
    }
}
