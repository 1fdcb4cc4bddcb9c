package vn.gov.sokhcn.kpi.console.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet of a workbook as the source page draws it: the column letters, every row up to the last
 * one used (with its Excel number) and the cells as Excel shows them, and the names of all sheets.
 */
record SheetView(String name, List<String> sheets, List<String> columns, List<SheetRow> rows) {
    static final int MAX_ROWS = 1000;
    static final int MAX_COLUMNS = 52;
    private static final DataFormatter FORMAT = new DataFormatter();

    record SheetRow(int number, List<String> cells) {
    }

    /** The named sheet (the first one when {@code name} is null); empty when the workbook has no such sheet. */
    static Optional<SheetView> read(byte[] workbook, String name) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            Sheet sheet = name == null ? (wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0)) : wb.getSheet(name);
            return sheet == null ? Optional.empty() : Optional.of(of(sheet, sheets));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static SheetView of(Sheet sheet, List<String> sheets) {
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        int width = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                width = Math.max(width, Math.min(row.getLastCellNum(), MAX_COLUMNS));
            }
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columns.add(CellReference.convertNumToColString(c));
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(cell == null ? "" : FORMAT.formatCellValue(cell));
            }
            rows.add(new SheetRow(r + 1, cells));
        }
        return new SheetView(sheet.getSheetName(), sheets, columns, rows);
    }
}
