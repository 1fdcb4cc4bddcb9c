package vn.gov.sokhcn.kpi.ruleset.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The changed cells of two versions of a workbook, by shown value (formulas by their text). A cell
 * above the first data row of a sheet's RuleTable (RuleSet, Import, Variables, Notes, RuleTable,
 * CONDITION/ACTION, code, labels) is a structural change; a cell of a data row, or of a sheet with
 * no RuleTable, is not.
 */
final class WorkbookDiff {
    private static final DataFormatter FORMAT = new DataFormatter();
    /** Data start five rows below the RuleTable row (keywords, object types, code, labels between). */
    private static final int DATA_OFFSET = 5;

    private WorkbookDiff() {
    }

    static List<RuleSetChange> between(String path, byte[] before, byte[] after) {
        try (Workbook a = WorkbookFactory.create(new ByteArrayInputStream(before));
             Workbook b = WorkbookFactory.create(new ByteArrayInputStream(after))) {
            List<RuleSetChange> changes = new ArrayList<>();
            for (Sheet sheet : a) {
                if (b.getSheet(sheet.getSheetName()) == null) {
                    changes.add(RuleSetChange.of(RuleSetChange.Kind.SHEET_REMOVED, path + "!" + sheet.getSheetName()));
                }
            }
            for (Sheet sheet : b) {
                Sheet old = a.getSheet(sheet.getSheetName());
                if (old == null) {
                    changes.add(RuleSetChange.of(RuleSetChange.Kind.SHEET_ADDED, path + "!" + sheet.getSheetName()));
                } else {
                    changes.addAll(cells(path, old, sheet));
                }
            }
            return changes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleSetChange> cells(String path, Sheet before, Sheet after) {
        int firstData = firstDataRow(after);
        int lastRow = Math.max(before.getLastRowNum(), after.getLastRowNum());
        List<RuleSetChange> changes = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Row a = before.getRow(r);
            Row b = after.getRow(r);
            int lastCol = Math.max(a == null ? 0 : a.getLastCellNum(), b == null ? 0 : b.getLastCellNum());
            for (int c = 0; c < lastCol; c++) {
                String old = shown(a, c);
                String now = shown(b, c);
                if (!Objects.equals(old, now)) {
                    String location = path + "!" + after.getSheetName() + "!" + new CellReference(r, c).formatAsString(false);
                    changes.add(RuleSetChange.cell(r < firstData, location, old, now));
                }
            }
        }
        return changes;
    }

    /** The 0-based index of the first data row, or 0 when the sheet has no RuleTable (nothing structural). */
    private static int firstDataRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).trim().startsWith("RuleTable")) {
                    return row.getRowNum() + DATA_OFFSET;
                }
            }
        }
        return 0;
    }

    private static String shown(Row row, int col) {
        Cell cell = row == null ? null : row.getCell(col);
        if (cell == null) {
            return null;
        }
        String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? "=" + cell.getCellFormula() : FORMAT.formatCellValue(cell);
        return text.isEmpty() ? null : text;
    }
}
