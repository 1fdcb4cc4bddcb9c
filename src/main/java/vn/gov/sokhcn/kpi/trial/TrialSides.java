package vn.gov.sokhcn.kpi.trial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.EmployeeResult;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.evaluation.api.ResultAssembler;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaGroup;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaMove;
import vn.gov.sokhcn.kpi.evaluation.run.PeriodInputs;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;

/**
 * Evaluates a period's stored facts under one rule set, exactly as an official run does (the same
 * assembly, session and results), and keeps what a trial compares: each person's result and the
 * HTXSNV quota's groups and moves. Nothing is written.
 */
@Component
class TrialSides {
    private final FactAssembler facts;
    private final RuleSessionRunner runner;
    private final ResultAssembler results;

    TrialSides(FactAssembler facts, RuleSessionRunner runner, ResultAssembler results) {
        this.facts = facts;
        this.runner = runner;
        this.results = results;
    }

    /** One side of a period: results by employee code (in the response's order), quota groups and who was moved. */
    record Side(int version, Map<String, EmployeeResult> people, List<QuotaGroup> groups, List<QuotaMove> moves) {
    }

    Side evaluate(PeriodInputs inputs, CompiledRuleSet ruleSet, String field) {
        try {
            Facts assembled = facts.assemble(inputs.request());
            RuleSessionRunner.SessionOutcome outcome = runner.run(ruleSet, assembled);
            EvaluationResponse response = results.assemble(assembled, outcome);
            Map<String, EmployeeResult> people = new LinkedHashMap<>();
            response.employees().forEach(e -> people.put(e.id(), e));
            return new Side(ruleSet.version(), people, outcome.all(QuotaGroup.class), outcome.all(QuotaMove.class));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(List.of(new FieldProblem(field, "Dữ liệu của kỳ «" + inputs.period().code()
                    + "» không đánh giá được theo phiên bản " + ruleSet.version() + ": " + e.problems().stream()
                    .limit(10).map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")))));
        }
    }
}
