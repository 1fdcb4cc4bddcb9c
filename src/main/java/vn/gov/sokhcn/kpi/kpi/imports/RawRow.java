package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.Map;

/** A data row as read: its spreadsheet row number and its cells by column (absent: empty). */
record RawRow(int number, Map<ImportColumn, RawCell> cells) {

    RawCell cell(ImportColumn column) {
        return cells.getOrDefault(column, RawCell.text(""));
    }

    /** Nothing but reference columns and perhaps a holder or the period: a row left as the template had it. */
    boolean carriesNothing() {
        return cells.entrySet().stream()
                .filter(e -> e.getKey().kind() != ImportColumn.Kind.INFO)
                .filter(e -> e.getKey() != ImportColumn.EMPLOYEE_CODE && e.getKey() != ImportColumn.UNIT_CODE
                        && e.getKey() != ImportColumn.PERIOD_CODE)
                .allMatch(e -> e.getValue().blank());
    }
}
