package vn.gov.sokhcn.kpi.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Where the parts of the decision tables of a sheet sit: every RuleTable block (Drools compiles them all,
 * not only the first), each with its columns (letter, keyword, Vietnamese label) and, for each data row,
 * which ACTION cells are filled — what it takes to turn a Drools message or a row problem back into a cell,
 * and to tell a data cell from code.
 */
public record TableLayout(List<Block> blocks) {

    /** A column: its letter, CONDITION/ACTION keyword, code template and Vietnamese label. */
    public record Column(String letter, String keyword, String template, String label) {

        /** A template with an unquoted $param takes a number; a quoted one, a text. */
        public boolean takesText() {
            return template.contains("\"$param\"");
        }
    }

    /** One RuleTable block: its RuleTable cell (0-based row and column), its columns and its data rows (1-based). */
    public record Block(int tableRow, int firstCol, List<Column> columns, Map<Integer, List<String>> filledActions) {

        /** Keywords, object types, code and labels lie between the RuleTable row and the data. */
        public static final int DATA_OFFSET = 5;

        public Set<Integer> dataRows() {
            return new TreeSet<>(filledActions.keySet());
        }

        String firstColumn() {
            return columns.isEmpty() ? CellReference.convertNumToColString(firstCol) : columns.get(0).letter();
        }

        boolean holdsData(int row, int col) {
            return filledActions.containsKey(row + 1) && col >= firstCol && col < firstCol + columns.size();
        }

        boolean holdsHeader(int row) {
            return row >= tableRow && row < tableRow + DATA_OFFSET;
        }
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    /** The layout of every RuleTable of a sheet, empty when it has none (the sheet is not compiled). */
    public static Optional<TableLayout> of(Sheet sheet) {
        List<Block> blocks = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).trim().startsWith("RuleTable")) {
                    blocks.add(read(sheet, row.getRowNum(), cell.getColumnIndex()));
                }
            }
        }
        return blocks.isEmpty() ? Optional.empty() : Optional.of(new TableLayout(List.copyOf(blocks)));
    }

    /**
     * Whether a cell (0-based) is a value of a data row that Drools pastes into a template. Anything else in a
     * compiled sheet — a header or code row, a property (RuleSet, Import, Functions…) anywhere, a cell beside
     * a table — is read as code or structure.
     */
    public boolean holdsData(int row, int col) {
        return blocks.stream().anyMatch(b -> b.holdsData(row, col)) && blocks.stream().noneMatch(b -> b.holdsHeader(row));
    }

    private static Block read(Sheet sheet, int tableRow, int firstCol) {
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
        for (int r = tableRow + Block.DATA_OFFSET; r <= sheet.getLastRowNum(); r++) {
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
        return new Block(tableRow, firstCol, List.copyOf(columns), filled);
    }

    public static String text(Row row, int col) {
        if (row == null || row.getCell(col) == null) {
            return "";
        }
        return FORMAT.formatCellValue(row.getCell(col)).trim();
    }

    /** The block a 1-based Excel row belongs to: the one holding it as data, else the nearest above it. */
    private Block blockOf(int excelRow) {
        Block found = blocks.get(0);
        for (Block b : blocks) {
            if (b.filledActions().containsKey(excelRow)) {
                return b;
            }
            if (b.tableRow() < excelRow - 1) {
                found = b;
            }
        }
        return found;
    }

    /** The first cell of a row (1-based) in its block. */
    String firstCell(int excelRow) {
        return blockOf(excelRow).firstColumn() + excelRow;
    }

    /** The cell of the n-th filled ACTION of a data row (1-based Excel row). */
    String actionCell(int excelRow, int n) {
        Block block = blockOf(excelRow);
        List<String> actions = block.filledActions().getOrDefault(excelRow, List.of());
        return (n >= 0 && n < actions.size() ? actions.get(n) : block.firstColumn()) + excelRow;
    }

    /**
     * The code cell (the grey row of templates) behind a data row's cell: of the given column, or when none is given,
     * of the first column of the row's block whose template names one of {@code names} (else its first column).
     */
    String codeCell(int excelRow, String letter, List<String> names) {
        Block block = blockOf(excelRow);
        int codeRow = block.tableRow() + 4; // RuleTable, keywords, object types, then the code row (1-based: +4)
        if (letter != null) {
            return letter + codeRow;
        }
        return block.columns().stream()
                .filter(c -> names.stream().anyMatch(n -> !n.isBlank() && c.template().contains(n)))
                .findFirst().map(Column::letter).orElse(block.firstColumn()) + codeRow;
    }

    /** The cell of a data row in the column with this label, in the row's own block. */
    String cellOf(int excelRow, String label) {
        Block block = blockOf(excelRow);
        return block.columns().stream().filter(c -> c.label().equals(label)).findFirst()
                .map(Column::letter).orElse(block.firstColumn()) + excelRow;
    }
}
