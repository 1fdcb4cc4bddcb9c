package vn.gov.sokhcn.kpi.kpi.period;

import java.util.Arrays;

public enum PeriodKind {
    MONTH("Tháng"),
    QUARTER("Quý"),
    YEAR("Năm");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }

    /** The label of a period kind code, or the text unchanged when it is none. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst().map(PeriodKind::label).orElse(code);
    }
}
