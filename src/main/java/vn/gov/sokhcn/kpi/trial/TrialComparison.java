package vn.gov.sokhcn.kpi.trial;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.Reason;

/**
 * A trial as the API returns and stores it: the stored data of {@code periods} evaluated under the
 * {@code active} version (per period: {@code periodVersions}) and under the {@code candidate}. {@code people}:
 * everyone evaluated, per period, with the reasons that differ between the two sides only; {@code units}: the
 * rating distribution of each unit before and after; {@code quota}: who the HTXSNV quota held back; {@code bonus}:
 * the year's fund shared under each side's ratings and bonus table.
 */
public record TrialComparison(long id, int candidate, int active, List<String> periods, List<PeriodVersion> periodVersions,
                              String createdBy, OffsetDateTime createdAt, List<Person> people, List<UnitDistribution> units,
                              List<Move> movedUp, List<Move> movedDown, Quota quota, Bonus bonus) {

    /**
     * The versions a period was evaluated with and what was evaluated ({@code inputs}): a month's stored data, or a
     * quarter's or year's roll-up of the scores of its months' latest official runs (the same facts as an official run).
     */
    public record PeriodVersion(String period, String kind, int active, int candidate, String inputs) {
    }

    /** {@code changed}: the rating or the score differs between the two sides. */
    public record Person(String id, String name, String unit, String period, Side before, Side after, boolean changed) {
    }

    /** {@code reasons}: only those of this side that the other side does not have (same rule and message). */
    public record Side(BigDecimal score, String rating, Long bonusShare, List<Reason> reasons) {
    }

    /** Counts per rating code, best first (HTXSNV … NOT_RATED), zeros included. */
    public record UnitDistribution(String unit, String period, Map<String, Integer> before, Map<String, Integer> after) {
    }

    public record Move(String id, String name, String unit, String period, String from, String to) {
    }

    public record Quota(int heldBackBefore, int heldBackAfter, List<QuotaGroup> groups) {
    }

    /** One agency and task group of a period; {@code before}/{@code after}: the employee codes the quota moved down. */
    public record QuotaGroup(String period, String agency, String taskGroup, int heldBackBefore, int heldBackAfter,
                             List<String> before, List<String> after) {
    }

    public record Bonus(List<BonusPeriod> periods) {
    }

    /** The bonus of the period's year with the period's ratings as the basis ({@code basis} says which). */
    public record BonusPeriod(String period, int year, String basis, List<BonusAgency> agencies) {
    }

    public record BonusAgency(String agency, String name, BonusSide before, BonusSide after) {
    }

    /** {@code total}: the shares added up (the fund itself whenever anyone has a weight). */
    public record BonusSide(int version, String policy, long fund, String fundSource, long total, long remainder) {
    }
}
