package vn.gov.sokhcn.kpi.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.gov.sokhcn.kpi.kpi.period.PeriodKind;
import vn.gov.sokhcn.kpi.organisation.UnitTree;

/**
 * What a summary report covers: the periods whose dates lie within {@code from}'s start and {@code to}'s
 * end (every kind: months, quarters, years, each reported on its own), each with the latest COMPLETED
 * official run (null when none), and the unit (null: the whole Department) with the units below it.
 */
public record ReportRange(String from, String to, LocalDate start, LocalDate end, String unit, String unitName,
                          List<PeriodRef> periods) {

    /** A period of the range and the official run its figures come from ({@code run} null: not run yet). */
    public record PeriodRef(String code, String kind, LocalDate start, LocalDate end, Long run, Integer ruleSetVersion) {
    }

    /** The range with the ids of the units it covers (not part of the JSON). */
    record Resolved(ReportRange range, Set<Long> unitIds, UnitTree units) {
        List<PeriodRef> runPeriods() {
            return range.periods().stream().filter(p -> p.run() != null).toList();
        }

        List<PeriodRef> years() {
            return range.periods().stream().filter(p -> PeriodKind.YEAR.name().equals(p.kind())).toList();
        }
    }
}
