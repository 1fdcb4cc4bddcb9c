package vn.gov.sokhcn.kpi.outcome.bonus;

import java.math.BigDecimal;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;

/**
 * The bonus of a year and an agency. {@code fundShare} is the policy's share of the base salary fund
 * in percent; {@code remainder} the đồng left after rounding every share down, given one each by
 * largest fractional remainder; the totals are shown to everyone, the shares only as far as the user may see.
 * A share's {@code rating} is the one that counts (the competent person's decision where an appraisal cycle decided
 * it, {@code ratingSource} DECISION; else the run's, RUN), {@code proposedRating} the run's, side by side.
 */
public record BonusView(int year, String agency, String agencyName, Policy policy, long yearRun, String yearPeriod,
                 BigDecimal baseSalaryFund, BigDecimal fundShare, long fund, String fundSource,
                 BigDecimal totalWeight, long remainder, int people, List<ShareView> shares) {

    /** The bonus policy in force for the year and the cell of the table that chose it. */
    public record Policy(String code, String label, String basis, String source) {
    }

    public record ShareView(String employee, String name, String unit, String rating, String proposedRating,
                     String ratingSource, int months, BigDecimal coefficient,
                     BigDecimal weight, long amount, List<Reason> reasons) {
    }
}
