package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind;

/**
 * What a run of a period evaluates: a month's stored data as it is; a quarter or a year rolled up
 * from the latest completed run of each of its months, which must all have one ({@link MonthRuns}).
 */
@Component
class RunInputs {
    private final StoredPeriodFacts facts;
    private final MonthRuns monthRuns;
    private final RollUpFacts rollUps;

    RunInputs(StoredPeriodFacts facts, MonthRuns monthRuns, RollUpFacts rollUps) {
        this.facts = facts;
        this.monthRuns = monthRuns;
        this.rollUps = rollUps;
    }

    /** Checks what can be checked before a run is recorded: a quarter or year needs every month run (else 409). */
    Prepared prepare(StoredPeriod period) {
        return new Prepared(period, monthRuns.of(period));
    }

    PeriodInputs read(Prepared prepared) {
        return prepared.period().kind() == PeriodKind.MONTH ? facts.read(prepared.period())
                : rollUps.read(prepared.period(), prepared.months());
    }

    /**
     * What {@link #read} reads but the assignments: a month's units, people and exemptions (its stored data's
     * problems added to {@code problems}), a quarter or year rolled up (which has no assignments).
     */
    PeriodInputs readWithoutAssignments(Prepared prepared, List<RunInputProblem> problems) {
        return prepared.period().kind() == PeriodKind.MONTH ? facts.readWithoutAssignments(prepared.period(), problems)
                : rollUps.read(prepared.period(), prepared.months());
    }

    /** A month's assignments of the holders in these units (none for a roll-up); problems added to {@code problems}. */
    List<Assignment> assignments(Prepared prepared, Set<String> employeesOfPeriod, Collection<Long> unitIds,
                                 List<RunInputProblem> problems) {
        return prepared.period().kind() == PeriodKind.MONTH
                ? facts.assignments(prepared.period(), employeesOfPeriod, unitIds, problems) : List.of();
    }

    record Prepared(StoredPeriod period, List<MonthRuns.MonthRun> months) {
    }
}
