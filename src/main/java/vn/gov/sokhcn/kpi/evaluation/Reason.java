package vn.gov.sokhcn.kpi.evaluation;

/**
 * One step of an explanation: the rule that decided, where it is written
 * ({@code decision-tables/file!sheet!cell} or {@code rules/file:line}) and a Vietnamese sentence
 * with the values used.
 */
public record Reason(String rule, String source, String message) {
}
