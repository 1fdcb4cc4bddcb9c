package vn.gov.sokhcn.kpi.evaluation.run;

import org.springframework.stereotype.Component;

/** What a run of a period evaluates: a month's stored data as it is. */
@Component
class RunInputs {
    private final StoredPeriodFacts facts;

    RunInputs(StoredPeriodFacts facts) {
        this.facts = facts;
    }

    PeriodInputs of(StoredPeriod period) {
        return facts.read(period);
    }
}
