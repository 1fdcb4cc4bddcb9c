package vn.gov.sokhcn.kpi.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Where the parts of a decision table sit in its sheet: the columns (letter, keyword, Vietnamese
 * label) and, for each data row, which ACTION cells are filled — what it takes to turn a Drools
 * message or a row problem back into a cell.
 */
record TableLayout(List<Column> columns, Map<Integer, List<String>> filledActions) {

    /** A column: its letter, CONDITION/ACTION keyword, code template and Vietnamese label. */
    record Column(String letter, String keyword, String template, String label) {

        /** A template with an unquoted $param takes a number; a quoted one, a text. */
        boolean takesText() {
            return template.contains("\"$param\"");
        }
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    /** The layout of the first RuleTable of a sheet, if it has one. */
    static Optional<TableLayout> of(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).trim().startsWith("RuleTable")) {
                    return Optional.of(read(sheet, row.getRowNum(), cell.getColumnIndex()));
                }
            }
        }
        return Optional.empty();
    }

    private static TableLayout read(Sheet sheet, int tableRow, int firstCol) {
        Row keywords = sheet.getRow(tableRow + 1);
        Row templates = sheet.getRow(tableRow + 3);
        Row labels = sheet.getRow(tableRow + 4);
        List<Column> columns = new ArrayList<>();
        for (int c = firstCol; keywords != null && c < keywords.getLastCellNum(); c++) {
            String keyword = text(keywords, c);
            if (keyword.isEmpty()) {
                break;
            }
            columns.add(new Column(CellReference.convertNumToColString(c), keyword, text(templates, c), text(labels, c)));
        }
        Map<Integer, List<String>> filled = new HashMap<>();
        for (int r = tableRow + 5; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> actions = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < columns.size(); i++) {
                boolean has = !text(row, firstCol + i).isEmpty();
                any |= has;
                if (has && columns.get(i).keyword().startsWith("ACTION")) {
                    actions.add(columns.get(i).letter());
                }
            }
            if (!any) {
                break;
            }
            filled.put(r + 1, actions);
        }
        return new TableLayout(columns, filled);
    }

    static String text(Row row, int col) {
        if (row == null || row.getCell(col) == null) {
            return "";
        }
        return FORMAT.formatCellValue(row.getCell(col)).trim();
    }

    /** The 1-based Excel rows that hold data. */
    java.util.Set<Integer> dataRows() {
        return new java.util.TreeSet<>(filledActions.keySet());
    }

    String firstColumn() {
        return columns.isEmpty() ? "A" : columns.get(0).letter();
    }

    /** The cell of the n-th filled ACTION of a data row (1-based Excel row). */
    String actionCell(int excelRow, int n) {
        List<String> actions = filledActions.getOrDefault(excelRow, List.of());
        return (n >= 0 && n < actions.size() ? actions.get(n) : firstColumn()) + excelRow;
    }

    /** The cell of a data row in the column with this label. */
    String cellOf(int excelRow, String label) {
        return columns.stream().filter(c -> c.label().equals(label)).findFirst()
                .map(Column::letter).orElse(firstColumn()) + excelRow;
    }
}
