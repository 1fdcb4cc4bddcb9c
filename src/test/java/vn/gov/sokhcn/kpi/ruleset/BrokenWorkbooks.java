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
final class BrokenWorkbooks {
    private BrokenWorkbooks() {
    }

    static RuleSetFiles shipped() {
        return new RuleSetLoader(new RuleFolders(null, null)).load();
    }

    /** The shipped files with one cell of one workbook set to a text or a number. */
    static RuleSetFiles withCell(String workbook, String sheet, String cell, Object value) {
        Map<String, byte[]> files = new HashMap<>(shipped().all());
        String path = "decision-tables/" + workbook;
        files.put(path, changed(files.get(path), sheet, cell, value));
        return new RuleSetFiles(files);
    }

    static RuleSetFiles withFile(String path, String content) {
        Map<String, byte[]> files = new HashMap<>(shipped().all());
        files.put(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new RuleSetFiles(files);
    }

    private static byte[] changed(byte[] bytes, String sheetName, String cellRef, Object value) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheet(sheetName);
            CellReference ref = new CellReference(cellRef);
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value instanceof Number n) {
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
