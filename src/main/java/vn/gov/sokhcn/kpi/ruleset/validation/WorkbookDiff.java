package vn.gov.sokhcn.kpi.ruleset.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.TableLayout;

/**
 * The changed cells of two versions of a workbook, by shown value (formulas by their text). In a sheet with
 * a RuleTable block (before or after) only a value of a data row of a block, within the block's columns, is
 * a data change — a value written there, or one emptied that was there before; anything else (RuleSet,
 * Import, Variables, Functions…, a RuleTable cell, a CONDITION/ACTION, code or label row of any block, a new
 * or removed block, a cell beside a table) is structural: Drools reads it as code. A sheet with no RuleTable,
 * and the test cases sheet, are not compiled, so their cells are data.
 */
final class WorkbookDiff {
    private static final DataFormatter FORMAT = new DataFormatter();

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
        boolean tests = after.getSheetName().equals(RuleSetFiles.TEST_SHEET);
        Optional<TableLayout> was = tests ? Optional.empty() : TableLayout.of(before);
        Optional<TableLayout> now = tests ? Optional.empty() : TableLayout.of(after);
        boolean compiled = was.isPresent() || now.isPresent();
        int lastRow = Math.max(before.getLastRowNum(), after.getLastRowNum());
        List<RuleSetChange> changes = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Row a = before.getRow(r);
            Row b = after.getRow(r);
            int lastCol = Math.max(a == null ? 0 : a.getLastCellNum(), b == null ? 0 : b.getLastCellNum());
            for (int c = 0; c < lastCol; c++) {
                String old = shown(a, c);
                String value = shown(b, c);
                if (!Objects.equals(old, value)) {
                    String location = path + "!" + after.getSheetName() + "!" + new CellReference(r, c).formatAsString(false);
                    boolean data = !compiled || data(now, r, c) || (value == null && data(was, r, c));
                    changes.add(RuleSetChange.cell(!data, location, old, value));
                }
            }
        }
        return changes;
    }

    private static boolean data(Optional<TableLayout> layout, int row, int col) {
        return layout.map(l -> l.holdsData(row, col)).orElse(false);
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
