package vn.gov.sokhcn.kpi.evaluation.run;

/**
 * A stored value that keeps a period from being evaluated: {@code subject} is the code of the person
 * or unit concerned (or the period's code), {@code field} what is wrong with it
 * ({@code generalCriteria}, {@code assignments[CS01].actual}), {@code message} a Vietnamese sentence.
 */
public record RunInputProblem(String subject, String field, String message) {
}
