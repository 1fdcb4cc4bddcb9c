package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.List;

/**
 * A run that was started and failed; it is stored FAILED with {@link #getMessage()} as its failure.
 * {@code problems} lists what is wrong with the stored data when that is the cause.
 */
public class RunFailedException extends RuntimeException {

    /** Why: the stored data (422), the rule set could not rate everyone (422), or anything else (500). */
    public enum Cause { INPUTS, RULE_SET, UNEXPECTED }

    private final long runId;
    private final Cause cause;
    private final List<RunInputProblem> problems;

    RunFailedException(long runId, Cause cause, String failure, List<RunInputProblem> problems, Throwable origin) {
        super(failure, origin);
        this.runId = runId;
        this.cause = cause;
        this.problems = List.copyOf(problems);
    }

    public long runId() {
        return runId;
    }

    public Cause failureCause() {
        return cause;
    }

    public List<RunInputProblem> problems() {
        return problems;
    }
}
