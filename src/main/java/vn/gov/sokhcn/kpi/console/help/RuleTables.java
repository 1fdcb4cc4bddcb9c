package vn.gov.sokhcn.kpi.console.help;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * Reads the decision tables of a rule set version as they are written: for each sheet with a RuleTable
 * (never the «Kiểm thử» sheet of test cases), its Vietnamese column labels (row 10 of the layout) with
 * their column letters, and every data row with its Excel row number — so a cell is «column + row».
 */
final class RuleTables {
    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.forLanguageTag("vi"));

    public record Column(String letter, String label) {
    }

    /** {@code codes}: per cell, the code it stands for when it shows a label (see {@link CodeCells}), else null. */
    public record DataRow(int number, List<String> values, List<String> codes) {
    }

    public record Table(String file, String sheet, List<Column> columns, List<DataRow> rows) {
        /** {@code decision-tables/x.drl.xlsx!Sheet}, as reasons name it (without the cell). */
        public String ref() {
            return file + "!" + sheet;
        }
    }

    private RuleTables() {
    }

    static List<Table> read(RuleSetFiles files, String path) {
        byte[] bytes = files.all().get(path);
        if (bytes == null) {
            return List.of();
        }
        List<Table> tables = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                if (!sheet.getSheetName().equals(RuleSetFiles.TEST_SHEET)) {
                    table(path, sheet).ifPresent(tables::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static java.util.Optional<Table> table(String path, Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).trim().startsWith("RuleTable")) {
                    return java.util.Optional.of(read(path, sheet, row.getRowNum(), cell.getColumnIndex()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static Table read(String path, Sheet sheet, int tableRow, int firstCol) {
        Row keywords = sheet.getRow(tableRow + 1);
        Row labels = sheet.getRow(tableRow + 4);
        List<Column> columns = new ArrayList<>();
        for (int c = firstCol; keywords != null && c < keywords.getLastCellNum() && !text(keywords, c).isEmpty(); c++) {
            columns.add(new Column(CellReference.convertNumToColString(c), text(labels, c)));
        }
        List<DataRow> rows = new ArrayList<>();
        for (int r = tableRow + 5; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add(text(row, firstCol + i));
            }
            if (values.stream().allMatch(String::isEmpty)) {
                break;
            }
            rows.add(new DataRow(r + 1, values, java.util.Collections.nCopies(values.size(), null)));
        }
        return new Table(path, sheet.getSheetName(), columns, rows);
    }

    private static String text(Row row, int col) {
        return row == null || row.getCell(col) == null ? "" : FORMAT.formatCellValue(row.getCell(col)).trim();
    }
}
