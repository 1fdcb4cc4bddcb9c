package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * A request value the rules refuse (a policy limit, such as the points of a criterion); the
 * service answers 400 naming the field. {@code subject} is an employee id or assignment key.
 */
public record InputProblem(Subject kind, String subject, String field, String message) {

    public enum Subject { EMPLOYEE, ASSIGNMENT }
}
