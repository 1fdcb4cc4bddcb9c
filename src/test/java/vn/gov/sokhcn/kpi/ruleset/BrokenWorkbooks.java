package vn.gov.sokhcn.kpi.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** The shipped rule files with one cell or one DRL line changed, for tests of problem reporting. */
public final class BrokenWorkbooks {
    private BrokenWorkbooks() {
    }

    public static RuleSetFiles shipped() {
        return new RuleSetLoader(new RuleFolders(null, null)).load();
    }

    /** The shipped files with one cell of one workbook set to a text or a number. */
    public static RuleSetFiles withCell(String workbook, String sheet, String cell, Object value) {
        return withCell(shipped(), workbook, sheet, cell, value);
    }

    public static RuleSetFiles withFile(String path, String content) {
        Map<String, byte[]> files = new HashMap<>(shipped().all());
        files.put(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new RuleSetFiles(files);
    }

    /** The shipped files with one cell set to a number shown in an Excel format ("0%", "dd/mm/yyyy"). */
    public static RuleSetFiles withFormattedNumber(String workbook, String sheet, String cell, double value, String format) {
        return withCell(workbook, sheet, cell, new Formatted(value, format));
    }

    /** These files with one more cell changed. */
    public static RuleSetFiles withCell(RuleSetFiles base, String workbook, String sheet, String cell, Object value) {
        Map<String, byte[]> files = new HashMap<>(base.all());
        String path = "decision-tables/" + workbook;
        files.put(path, changed(files.get(path), sheet, cell, value));
        return new RuleSetFiles(files);
    }

    private record Formatted(double value, String format) {
    }

    private static byte[] changed(byte[] bytes, String sheetName, String cellRef, Object value) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheet(sheetName);
            CellReference ref = new CellReference(cellRef);
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value instanceof Formatted f) {
                cell.setCellValue(f.value());
                var style = wb.createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setDataFormat(wb.createDataFormat().getFormat(f.format()));
                cell.setCellStyle(style);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
