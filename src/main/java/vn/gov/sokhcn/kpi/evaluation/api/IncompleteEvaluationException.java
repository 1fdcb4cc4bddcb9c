package vn.gov.sokhcn.kpi.evaluation.api;

/** The active rule set did not carry everyone to a result (a gap in a table): no partial answer. */
public class IncompleteEvaluationException extends RuntimeException {
    public IncompleteEvaluationException(String message) {
        super(message);
    }
}
