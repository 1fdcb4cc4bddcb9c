package vn.gov.sokhcn.kpi.system.json;

import java.util.Set;

/**
 * The longest text a request field may hold, by the field's name: codes (and references to codes)
 * 64 characters, names 300, any other free text 4,000. A ceiling for every request record at once;
 * stricter {@code @Size} constraints of a record (a column's width) still apply after it.
 */
enum TextLimit {
    CODE(64), NAME(300), FREE_TEXT(4_000);

    private static final Set<String> CODES = Set.of("code", "id", "period", "unit", "employee", "parent", "indicator",
            "position", "perspective", "objective", "competency", "csf", "agency", "username", "taskGroup", "kind",
            "type", "ownerLevel", "role", "polarity", "status", "field");
    private static final Set<String> NAMES = Set.of("name", "title", "approvedBy", "activatedBy", "assessor", "holder",
            "author", "source", "dataSource", "unitOfMeasure", "decisionNo", "roleLabel", "fileName");

    final int max;

    TextLimit(int max) {
        this.max = max;
    }

    static TextLimit of(String field) {
        if (field == null) {
            return FREE_TEXT;
        }
        if (CODES.contains(field) || field.endsWith("Code")) {
            return CODE;
        }
        if (NAMES.contains(field) || field.endsWith("Name")) {
            return NAME;
        }
        return FREE_TEXT;
    }
}
