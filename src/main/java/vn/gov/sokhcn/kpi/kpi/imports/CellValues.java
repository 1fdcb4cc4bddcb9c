package vn.gov.sokhcn.kpi.kpi.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import vn.gov.sokhcn.kpi.kpi.WholeCounts;

/**
 * Turns the cells of one row into values, adding a problem for each cell that is not one: a number
 * (digits, a dot or a comma before the decimals; never negative; within the stored precision),
 * «Có»/«Không», or text of a bounded length.
 */
final class CellValues {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private final RawRow row;
    private final ParsedSheet sheet;
    private final List<ImportProblem> problems;

    CellValues(RawRow row, ParsedSheet sheet, List<ImportProblem> problems) {
        this.row = row;
        this.sheet = sheet;
        this.problems = problems;
    }

    String text(ImportColumn column) {
        String text = row.cell(column).text();
        return text == null || text.isBlank() ? null : text.strip();
    }

    String text(ImportColumn column, int maxLength) {
        String text = text(column);
        if (text != null && text.length() > maxLength) {
            problem(column, "Dài quá " + maxLength + " ký tự");
            return null;
        }
        return text;
    }

    BigDecimal number(ImportColumn column) {
        RawCell cell = row.cell(column);
        if (cell.problem() != null) {
            problem(column, cell.problem());
            return null;
        }
        if (cell.blank()) {
            return null;
        }
        BigDecimal value = cell.number() != null ? cell.number() : parse(column, cell.text().strip());
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            problem(column, "Không được âm");
            return null;
        }
        return precise(column, value);
    }

    private BigDecimal parse(ImportColumn column, String text) {
        if (!NUMBER.matcher(text).matches()) {
            problem(column, "«" + text + "» không phải là số");
            return null;
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    /** The stored precision of each number column (schema V1): digits before and after the decimal point. */
    private BigDecimal precise(ImportColumn column, BigDecimal value) {
        int whole;
        int decimals;
        if (column == ImportColumn.WEIGHT) {
            whole = 4;
            decimals = 3;
        } else if (column.key().startsWith("tasks")) {
            whole = 8;
            decimals = 2;
        } else {
            whole = 14;
            decimals = 4;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (column.key().startsWith("tasks") && WholeCounts.fraction(value)) {
            problem(column, WholeCounts.countMessage(value));
            return null;
        }
        if (plain.scale() > decimals) {
            problem(column, "Tối đa " + decimals + " chữ số thập phân");
            return null;
        }
        if (plain.precision() - plain.scale() > whole) {
            problem(column, "Số quá lớn (tối đa " + whole + " chữ số phần nguyên)");
            return null;
        }
        return value;
    }

    /** Blank is «Không». */
    boolean yesNo(ImportColumn column) {
        String text = text(column);
        if (text == null) {
            return false;
        }
        String value = ImportColumn.normalised(text);
        if (value.equals("có") || value.equals("true") || value.equals("x")) {
            return true;
        }
        if (!value.equals("không") && !value.equals("false")) {
            problem(column, "Chỉ nhận «Có» hoặc «Không», không phải «" + text + "»");
        }
        return false;
    }

    void problem(ImportColumn column, String message) {
        problems.add(ImportProblem.at(row.number(), sheet.index(column), column, message));
    }

    int rowNumber() {
        return row.number();
    }
}
