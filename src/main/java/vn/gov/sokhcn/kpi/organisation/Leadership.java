package vn.gov.sokhcn.kpi.organisation;

import java.util.Arrays;

/** In order of seniority: a leader is over the people of their unit with a lower level. */
public enum Leadership {
    NONE("Không giữ chức vụ lãnh đạo"),
    DEPUTY_HEAD("Phó trưởng đơn vị"),
    HEAD("Trưởng đơn vị"),
    DEPUTY_DIRECTOR("Phó Giám đốc Sở"),
    DIRECTOR("Giám đốc Sở");

    private final String label;

    Leadership(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }

    /** The label of a leadership code, or the text unchanged when it is none. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(l -> l.name().equals(code)).findFirst().map(Leadership::label).orElse(code);
    }
}
