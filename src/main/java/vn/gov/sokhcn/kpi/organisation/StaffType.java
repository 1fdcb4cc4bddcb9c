package vn.gov.sokhcn.kpi.organisation;

import java.util.Arrays;

/** The kind of employment of a person (an employee's record and an evaluation request both carry it). */
public enum StaffType {
    CIVIL_SERVANT("Công chức"),
    PUBLIC_EMPLOYEE("Viên chức"),
    CONTRACT_WORKER("Hợp đồng lao động");

    private final String label;

    StaffType(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }

    /**
     * The label of a staff type code, or the text unchanged when it is no staff type (a task group HR
     * named itself is shown as written); empty for null.
     */
    public static String labelOf(String code) {
        return code == null ? "" : Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst()
                .map(StaffType::label).orElse(code);
    }
}
