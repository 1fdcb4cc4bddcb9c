package vn.gov.sokhcn.kpi.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Copies of the shipped «xep-loai.drl.xlsx» as an HR officer would edit it (read from bytes, so the shipped
 * file is never written): a broken one with a text in a number cell, and a fixed one raising the «Xuất sắc»
 * (HTXSNV) threshold of the 2023 pilot from 90 to 97 points, with the one test case that stated the old band.
 * In the demo Department this moves CB53 (96 points in 2023-06) from HTXSNV to HTTNV.
 */
public final class RuleWorkbooks {
    public static final String WORKBOOK = "xep-loai.drl.xlsx";
    public static final String BANDS = "Khung điểm";
    /** «Điểm từ (≥)» of the 2023 pilot's «Xuất sắc» row. */
    public static final String THRESHOLD_CELL = "D11";
    public static final String BAD_VALUE = "9O";

    private RuleWorkbooks() {
    }

    /** «9O» (a letter O) instead of 90 in D11: refused at that cell before compiling. */
    public static byte[] broken() {
        return with(shipped(), BANDS, Map.of(THRESHOLD_CELL, BAD_VALUE));
    }

    /**
     * «Xuất sắc» from 97 points and «Tốt» up to 97 in the 2023 pilot; case XL-01 (90 points) is now expected
     * HTTNV («Kiểm thử»!O2).
     */
    public static byte[] raisedExcellence() {
        byte[] bands = with(shipped(), BANDS, Map.of(THRESHOLD_CELL, 97, "E12", 97));
        return with(bands, "Kiểm thử", Map.of("O2", "HTTNV"));
    }

    public static byte[] shipped() {
        try {
            return Files.readAllBytes(Path.of("decision-tables", WORKBOOK));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code workbook} with cells of one sheet set to numbers or texts. */
    public static byte[] with(byte[] workbook, String sheetName, Map<String, Object> cells) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheet(sheetName);
            cells.forEach((ref, value) -> {
                CellReference at = new CellReference(ref);
                Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
                Cell cell = row.getCell(at.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes bytes to a temporary file named {@code name} (for a browser's file input). */
    public static Path temporary(String name, byte[] bytes) {
        try {
            Path dir = Files.createTempDirectory("kpi-upload");
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
