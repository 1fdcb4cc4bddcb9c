package vn.gov.sokhcn.kpi.kpi.indicator;

/**
 * How an actual compares with its target; TASKS: measured by counting products (assigned, done, on time…).
 * The label is how the import template and its checks name it.
 */
public enum Polarity {
    HIGHER_IS_BETTER("Càng cao càng tốt"),
    LOWER_IS_BETTER("Càng thấp càng tốt"),
    TARGET_RANGE("Càng sát chỉ tiêu càng tốt"),
    BINARY("Hoàn thành / không"),
    TASKS("Đếm sản phẩm");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }
}
