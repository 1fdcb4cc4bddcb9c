package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.policy.Numbers;

/**
 * Time worked and on leave in a period, in months, from the dates of employment and the leave
 * records: days employed in the period and not on leave, over the days of the period, times the
 * period's length in months (1 for a month). Leave days are the union of the leave records (so
 * overlapping records count once) within the days employed. A maternity leave that touches those
 * days marks the period as one of maternity leave. Values carry 9 decimals, like scores.
 */
public record TimeWorked(double monthsWorked, double leaveMonths, boolean maternityLeave) {

    /** A leave record: {@code maternity} when its kind is MATERNITY. */
    public record Leave(LocalDate start, LocalDate end, boolean maternity) {
    }

    public static TimeWorked of(LocalDate periodStart, LocalDate periodEnd, double periodMonths,
                                LocalDate employedFrom, LocalDate employedTo, List<Leave> leaves) {
        double periodDays = days(periodStart, periodEnd);
        LocalDate from = later(periodStart, employedFrom);
        LocalDate to = employedTo == null || employedTo.isAfter(periodEnd) ? periodEnd : employedTo;
        if (to.isBefore(from)) {
            return new TimeWorked(0, 0, false);
        }
        List<Leave> within = new ArrayList<>();
        for (Leave leave : leaves) {
            LocalDate start = later(from, leave.start());
            LocalDate end = leave.end().isAfter(to) ? to : leave.end();
            if (!end.isBefore(start)) {
                within.add(new Leave(start, end, leave.maternity()));
            }
        }
        within.sort(Comparator.comparing(Leave::start));
        long leaveDays = 0;
        LocalDate coveredTo = null;
        for (Leave leave : within) {
            LocalDate start = coveredTo == null || leave.start().isAfter(coveredTo) ? leave.start() : coveredTo.plusDays(1);
            if (!leave.end().isBefore(start)) {
                leaveDays += days(start, leave.end());
                coveredTo = leave.end();
            }
        }
        long employedDays = days(from, to);
        boolean maternity = within.stream().anyMatch(Leave::maternity);
        return new TimeWorked(Numbers.clean((employedDays - leaveDays) / periodDays * periodMonths),
                Numbers.clean(leaveDays / periodDays * periodMonths), maternity);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }
}
