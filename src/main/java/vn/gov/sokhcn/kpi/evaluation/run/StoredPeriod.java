package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.LocalDate;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind;

/** A row of {@code periods}: what an official run evaluates. */
public record StoredPeriod(long id, String code, PeriodKind kind, LocalDate start, LocalDate end, boolean pilot) {

    /** Decisions of a year (discipline, sanctions) count from the first of January of the period's year. */
    public LocalDate yearStart() {
        return LocalDate.of(start.getYear(), 1, 1);
    }
}
