package vn.gov.sokhcn.kpi.kpi.imports;

/**
 * CSV injection («formula injection», OWASP): a spreadsheet opening a CSV runs a cell starting with
 * {@code = + - @}, a tab or a carriage return as a formula. Such a text cell is written with a leading
 * apostrophe, which spreadsheets show as text; reading a CSV removes that apostrophe again, so a
 * downloaded template imports back to the very text that was stored.
 */
final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static String neutralised(String text) {
        return dangerous(text, 0) ? "'" + text : text;
    }

    static String restored(String cell) {
        return cell.startsWith("'") && dangerous(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean dangerous(String text, int at) {
        return text.length() > at && TRIGGERS.indexOf(text.charAt(at)) >= 0;
    }
}
