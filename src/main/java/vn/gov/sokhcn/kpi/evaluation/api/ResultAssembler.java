package vn.gov.sokhcn.kpi.evaluation.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner.SessionOutcome;
import vn.gov.sokhcn.kpi.evaluation.facts.Achievement;
import vn.gov.sokhcn.kpi.evaluation.facts.AssignmentFact;
import vn.gov.sokhcn.kpi.evaluation.facts.EmployeeFact;
import vn.gov.sokhcn.kpi.evaluation.facts.FinalRating;
import vn.gov.sokhcn.kpi.evaluation.facts.InputProblem;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaTie;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.facts.Regime;
import vn.gov.sokhcn.kpi.evaluation.facts.TotalScore;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitFact;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitRating;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitResult;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * Reads a session's derived facts into the response. Problems the rules found in the input become
 * a 400; a person or unit the rules did not carry to a rating means the rule set is incomplete
 * (a gap in a table), which is reported rather than answered with a partial result.
 */
@Component
public class ResultAssembler {

    public EvaluationResponse assemble(Facts facts, SessionOutcome outcome) {
        return assemble(facts, outcome, Detail.FULL);
    }

    /** At {@link Detail#SUMMARY} the achievements, which such an answer leaves out, are not read into it. */
    EvaluationResponse assemble(Facts facts, SessionOutcome outcome, Detail detail) {
        refuseInputProblems(facts, outcome.all(InputProblem.class));
        List<Regime> regimes = outcome.all(Regime.class);
        if (regimes.size() != 1) {
            throw new IncompleteEvaluationException(regimes.isEmpty()
                    ? "Bảng chế độ áp dụng không có chế độ nào cho kỳ bắt đầu ngày " + facts.period().start()
                    : "Bảng chế độ áp dụng có " + regimes.size() + " chế độ cùng áp dụng cho kỳ bắt đầu ngày " + facts.period().start());
        }
        Regime regime = regimes.get(0);
        Map<String, TotalScore> totals = byKey(outcome.all(TotalScore.class), TotalScore::employeeId);
        Map<String, FinalRating> ratings = byKey(outcome.all(FinalRating.class), FinalRating::employeeId);
        Map<String, QuotaTie> ties = byKey(outcome.all(QuotaTie.class), QuotaTie::employeeId);
        Map<String, List<Achievement>> achievements = detail == Detail.FULL
                ? achievementsByHolder(facts, outcome.all(Achievement.class)) : Map.of();
        List<Reason> periodReasons = outcome.explanations().ofPeriod();

        List<EvaluationResponse.EmployeeResult> employees = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();
        for (EmployeeFact e : facts.employees()) {
            TotalScore total = totals.get(e.id());
            FinalRating rating = ratings.get(e.id());
            if (total == null || rating == null) {
                unfinished.add(e.id());
                continue;
            }
            List<Reason> reasons = new ArrayList<>(periodReasons);
            reasons.addAll(outcome.explanations().ofEmployee(e.id()));
            employees.add(new EvaluationResponse.EmployeeResult(e.id(), e.name(), e.unit(), round(total.score()),
                    round(total.taskPoints()), round(total.generalPoints()), rating.rating().name(),
                    rating.rating().label(), ties.containsKey(e.id()), achievementsOf(achievements.get("E:" + e.id())), reasons));
        }
        if (!unfinished.isEmpty()) {
            throw new IncompleteEvaluationException("Bộ quy tắc hiện hành không đi đến xếp loại cho " + unfinished.size()
                    + " cán bộ (" + String.join(", ", unfinished.subList(0, Math.min(10, unfinished.size())))
                    + "); kiểm tra các bảng có bỏ sót khoảng giá trị nào không.");
        }
        Map<String, UnitResult> unitResults = byKey(outcome.all(UnitResult.class), UnitResult::unitCode);
        Map<String, UnitRating> unitRatings = byKey(outcome.all(UnitRating.class), UnitRating::unitCode);
        List<EvaluationResponse.UnitResult> units = new ArrayList<>();
        for (UnitFact u : facts.units()) {
            UnitResult result = unitResults.get(u.code());
            Rating rating = unitRatings.containsKey(u.code()) ? unitRatings.get(u.code()).rating() : Rating.NOT_RATED;
            units.add(new EvaluationResponse.UnitResult(u.code(), u.name(),
                    result == null || !result.scored() ? null : round(result.score()), rating.name(), rating.label(),
                    achievementsOf(achievements.get("U:" + u.code())), outcome.explanations().ofUnit(u.code())));
        }
        var p = facts.period();
        return new EvaluationResponse(new EvaluationResponse.RuleSetRef(outcome.ruleSet().version(), outcome.ruleSet().sha256()),
                regime.code(), regime.label(), new EvaluationResponse.PeriodRef(p.code(), p.kind(), p.start(), p.end()),
                employees, units);
    }

    private static void refuseInputProblems(Facts facts, List<InputProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<FieldProblem> fields = problems.stream()
                .map(p -> new FieldProblem((p.kind() == InputProblem.Subject.EMPLOYEE
                        ? facts.pathOfEmployee().get(p.subject()) : facts.pathOfAssignment().get(p.subject()))
                        + "." + p.field(), p.message()))
                .sorted(FieldProblem.IN_DOCUMENT_ORDER)
                .toList();
        throw new InvalidRequestException(fields);
    }

    /**
     * Each holder's achievements in the order of the request's assignments. Walking the assignments
     * (already in that order) instead of sorting the achievements by key saves most of the time of
     * this class on large evaluations.
     */
    private static Map<String, List<Achievement>> achievementsByHolder(Facts facts, List<Achievement> all) {
        Map<String, List<Achievement>> byAssignment = all.stream().collect(Collectors.groupingBy(Achievement::key));
        Map<String, List<Achievement>> byHolder = new HashMap<>();
        for (AssignmentFact assignment : facts.assignments()) {
            for (Achievement a : byAssignment.getOrDefault(assignment.key(), List.of())) {
                byHolder.computeIfAbsent((a.unitHolder() ? "U:" : "E:") + a.holder(), k -> new ArrayList<>()).add(a);
            }
        }
        return byHolder;
    }

    private static List<EvaluationResponse.AchievementResult> achievementsOf(List<Achievement> list) {
        return list == null ? List.of() : list.stream()
                .map(a -> new EvaluationResponse.AchievementResult(a.indicatorCode(), round(a.weight()), round(a.percent())))
                .toList();
    }

    private static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
        return list.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
