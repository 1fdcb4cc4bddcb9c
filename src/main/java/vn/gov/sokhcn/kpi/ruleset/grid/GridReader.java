package vn.gov.sokhcn.kpi.ruleset.grid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import vn.gov.sokhcn.kpi.ruleset.TableLayout;

/** Reads a decision-table sheet into a {@link TableGrid}: what the grid page and the API show. */
final class GridReader {
    private GridReader() {
    }

    static TableGrid read(int version, String file, Sheet sheet, TableLayout layout, boolean editable) {
        List<TableGrid.Table> tables = new ArrayList<>();
        Set<Integer> dataRows = new HashSet<>();
        for (TableLayout.Block block : layout.blocks()) {
            int firstData = block.tableRow() + TableLayout.Block.DATA_OFFSET + 1;
            List<GridColumn> columns = new ArrayList<>();
            for (TableLayout.Column column : block.columns()) {
                List<String> values = block.dataRows().stream().map(r -> value(sheet.getRow(r - 1), column.letter())).toList();
                columns.add(ColumnTypes.of(sheet, column, values, firstData));
            }
            List<TableGrid.Row> rows = new ArrayList<>();
            for (int r : block.dataRows()) {
                dataRows.add(r);
                Row row = sheet.getRow(r - 1);
                rows.add(new TableGrid.Row(r, columns.stream().map(c -> new TableGrid.Cell(c.letter() + r, value(row, c.letter())))
                        .toList()));
            }
            String title = TableLayout.text(sheet.getRow(block.tableRow()), block.firstCol());
            tables.add(new TableGrid.Table(title, block.tableRow() + TableLayout.Block.DATA_OFFSET, columns, rows));
        }
        return new TableGrid(version, file, sheet.getSheetName(), editable, codeRows(sheet, dataRows), tables);
    }

    private static List<TableGrid.CodeRow> codeRows(Sheet sheet, Set<Integer> dataRows) {
        List<TableGrid.CodeRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (dataRows.contains(row.getRowNum() + 1)) {
                continue;
            }
            List<TableGrid.Cell> cells = new ArrayList<>();
            for (Cell cell : row) {
                String text = TableLayout.text(row, cell.getColumnIndex());
                if (!text.isEmpty()) {
                    cells.add(new TableGrid.Cell(cell.getAddress().formatAsString(), text));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new TableGrid.CodeRow(row.getRowNum() + 1, cells));
            }
        }
        return rows;
    }

    /** A cell as typed: a number without a trailing «.0», a text as it is, empty when blank. */
    static String value(Row row, String letter) {
        Cell cell = row == null ? null : row.getCell(CellReference.convertColStringToIndex(letter));
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : TableLayout.text(row, cell.getColumnIndex());
    }
}
