package vn.gov.sokhcn.kpi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A period's import template (the .xlsx the service hands out) filled in as an HR officer would:
 * a valid file sets «Thực hiện» of a few rows to new figures; a bad file sets other figures on the
 * same rows, adds a row for an assignment that does not exist yet, and has one cell that is not a
 * number, so it must be refused whole. Columns are found by their Vietnamese header.
 */
final class ImportFiles {
    static final String BAD_TEXT = "chín mươi";
    private static final int CHANGED_ROWS = 3;

    private final byte[] template;
    /** 0-based rows of the template whose «Thực hiện» is a measured figure (not yes/no, not task counts). */
    final List<Integer> measuredRows = new ArrayList<>();
    /** Holder (person) and indicator of those rows, as stored: the keys the assertions look for. */
    final List<String[]> measuredKeys = new ArrayList<>();
    /** The holder and indicator of the row only the bad file adds. */
    final String[] addedByBadFile;

    ImportFiles(byte[] template) {
        this.template = template;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet);
            Map<String, Set<String>> indicatorsOf = new HashMap<>();
            Set<String> indicators = new LinkedHashSet<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String employee = text(row, columns.get("Mã cán bộ"));
                String indicator = text(row, columns.get("Mã chỉ số"));
                indicators.add(indicator);
                indicatorsOf.computeIfAbsent(employee, e -> new LinkedHashSet<>()).add(indicator);
                Cell actual = row.getCell(columns.get("Thực hiện"));
                if (!employee.isEmpty() && actual != null && actual.getCellType() == CellType.NUMERIC
                        && actual.getNumericCellValue() > 1 && measuredRows.size() < CHANGED_ROWS + 1) {
                    measuredRows.add(r);
                    measuredKeys.add(new String[] {employee, indicator});
                }
            }
            String holder = measuredKeys.get(0)[0];
            String missing = indicators.stream().filter(i -> !i.isEmpty() && !indicatorsOf.get(holder).contains(i))
                    .findFirst().orElseThrow();
            addedByBadFile = new String[] {holder, missing};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** «Thực hiện» of the changed rows set to {@code actual}, {@code actual + 1}, … */
    byte[] valid(int actual) {
        return edit(actual, false);
    }

    /** The same rows set from {@code actual}, a new row, and {@link #BAD_TEXT} in the fourth measured row. */
    byte[] bad(int actual) {
        return edit(actual, true);
    }

    /** The Excel row number (1-based) of the bad cell. */
    int badRow() {
        return measuredRows.get(CHANGED_ROWS) + 1;
    }

    List<String[]> changedKeys() {
        return measuredKeys.subList(0, CHANGED_ROWS);
    }

    private byte[] edit(int actual, boolean bad) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet);
            int actualColumn = columns.get("Thực hiện");
            for (int i = 0; i < CHANGED_ROWS; i++) {
                sheet.getRow(measuredRows.get(i)).getCell(actualColumn).setCellValue(actual + i);
            }
            if (bad) {
                sheet.getRow(measuredRows.get(CHANGED_ROWS)).getCell(actualColumn).setCellValue(BAD_TEXT);
                Row added = sheet.createRow(sheet.getLastRowNum() + 1);
                added.createCell(columns.get("Kỳ đánh giá")).setCellValue(text(sheet.getRow(1), columns.get("Kỳ đánh giá")));
                added.createCell(columns.get("Mã cán bộ")).setCellValue(addedByBadFile[0]);
                added.createCell(columns.get("Mã chỉ số")).setCellValue(addedByBadFile[1]);
                added.createCell(columns.get("Chỉ tiêu")).setCellValue(100);
                added.createCell(columns.get("Trọng số")).setCellValue(5);
                added.createCell(actualColumn).setCellValue(95);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell header : sheet.getRow(0)) {
            columns.put(header.getStringCellValue().strip(), header.getColumnIndex());
        }
        return columns;
    }

    private static String text(Row row, Integer column) {
        Cell cell = row == null || column == null ? null : row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
    }
}
