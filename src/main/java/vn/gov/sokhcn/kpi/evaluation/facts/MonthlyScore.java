package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * A person's score in one month (or quarter) of a quarter or year evaluated as a roll-up;
 * {@code taskScore} and {@code generalScore} are null where the month did not give them.
 */
public record MonthlyScore(String employeeId, String period, double score, Double taskScore, Double generalScore) {
}
