package vn.gov.sokhcn.kpi.evaluation.policy;

/** A row value that is missing or out of range; {@code column} is the column's Vietnamese label. */
public class PolicyRowException extends RuntimeException {
    private final String column;

    public PolicyRowException(String column, String message) {
        super(message);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
