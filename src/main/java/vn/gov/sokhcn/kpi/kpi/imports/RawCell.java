package vn.gov.sokhcn.kpi.kpi.imports;

import java.math.BigDecimal;

/**
 * A cell as read from the file, before it is checked: its text, the number a spreadsheet stored
 * (null for text cells and for CSV), or why it cannot be used as it is ({@code problem}).
 */
record RawCell(String text, BigDecimal number, String problem) {

    static RawCell text(String text) {
        return new RawCell(text, null, null);
    }

    static RawCell number(BigDecimal number) {
        return new RawCell(number.toPlainString(), number, null);
    }

    static RawCell problem(String text, String problem) {
        return new RawCell(text, null, problem);
    }

    boolean blank() {
        return problem == null && number == null && (text == null || text.isBlank());
    }
}
