package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.util.Map;

/**
 * One row of a «Kiểm thử» sheet: a person (their inputs) and what they are expected to get. Rows
 * with the same «Mã ca» next to each other are one case evaluated together (for the quota).
 * {@code values} holds the parsed cell of each filled column: a Double, Boolean or String.
 */
record CaseRow(String file, int excelRow, String caseId, String description, Map<CaseColumn, Object> values) {

    String location() {
        return file + "!" + CaseColumn.SHEET + "!A" + excelRow;
    }

    Double number(CaseColumn column) {
        return (Double) values.get(column);
    }

    double numberOr(CaseColumn column, double otherwise) {
        Double value = number(column);
        return value == null ? otherwise : value;
    }

    String text(CaseColumn column) {
        return (String) values.get(column);
    }

    Boolean flag(CaseColumn column) {
        return (Boolean) values.get(column);
    }

    boolean has(CaseColumn column) {
        return values.containsKey(column);
    }
}
