package vn.gov.sokhcn.kpi.outcome.bonus;

import java.math.BigDecimal;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** The facts of a bonus session: what goes in (the year, the people) and what the rules derive. */
public final class BonusFacts {
    private BonusFacts() {
    }

    /** The year whose bonus is computed, by its last day (ISO text, as the table's dates). */
    public record BonusYear(int year, String yearEnd) {
    }

    /** A person of the agency: the year's rating and the months worked in the year. */
    public record BonusPerson(String employee, Rating rating, int months) {
    }

    /** The bonus policy in force for the year, chosen by a row of «Quỹ thưởng». */
    public record BonusPolicy(String code, BonusFundRow row, String rule) {
    }

    /** A person's weight: the coefficient of their rating (a row of «Hệ số thưởng») × months worked. */
    public record BonusWeight(BonusPerson person, BonusCoefficientRow row, BigDecimal weight, String rule) {
    }
}
