package vn.gov.sokhcn.kpi.kpi.strategy;

/** The shape of a business code (MT-01, CSF-03, KPI-12): what the columns hold and a URL carries unescaped. */
public final class StrategyCodes {
    /** Empty passes here so that a missing code is told once, by {@code @NotBlank}. */
    public static final String PATTERN = "([A-Za-z0-9][A-Za-z0-9._-]{0,39})?";
    public static final String MESSAGE = "Mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -, bắt đầu bằng chữ hoặc số, dài tối đa 40 ký tự";

    private StrategyCodes() {
    }
}
