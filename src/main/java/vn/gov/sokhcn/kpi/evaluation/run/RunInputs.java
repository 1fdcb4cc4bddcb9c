package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.List;
import org.springframework.stereotype.Component;
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

    record Prepared(StoredPeriod period, List<MonthRuns.MonthRun> months) {
    }
}
