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
        return edited(workbook, wb -> cells.forEach((ref, value) -> set(wb.getSheet(sheetName), ref, value)));
    }

    /** The sheet of «xep-loai.drl.xlsx» whose one RuleTable (B6, code row 9, data rows 11–13) the edits of issue 13 copy. */
    public static final String VIOLATIONS = "Vi phạm";
    /** The code cell of the «Xếp loại» ACTION of the first block of «Vi phạm». */
    public static final String VIOLATION_CODE_CELL = "D9";

    /**
     * The edit of issue 13: a second RuleTable block below the data rows of «Vi phạm» — the first block's
     * RuleTable, keyword, object type, code and label rows (6–10) copied to rows 15–19, its «Xếp loại» code
     * cell D18 replaced by {@code code}, and one data row 20 (label, code, rating).
     */
    public static byte[] withSecondViolationBlock(byte[] workbook, String code, String rating) {
        return edited(workbook, wb -> {
            Sheet sheet = wb.getSheet(VIOLATIONS);
            copyBlock(sheet, sheet, 14);
            set(sheet, "B15", "RuleTable Vi phạm bổ sung");
            set(sheet, "D18", code);
            set(sheet, "B20", "Vi phạm bổ sung");
            set(sheet, "C20", "EXTRA_VIOLATION");
            set(sheet, "D20", rating);
        });
    }

    /** A new sheet «Vi phạm thêm» holding a copy of the properties and the RuleTable block of «Vi phạm». */
    public static byte[] withViolationBlockOnANewSheet(byte[] workbook) {
        return edited(workbook, wb -> {
            Sheet from = wb.getSheet(VIOLATIONS);
            Sheet to = wb.createSheet("Vi phạm thêm");
            for (int r = 0; r < 4; r++) {
                copyRow(from.getRow(r), to, r);
            }
            copyBlock(from, to, 5);
            set(to, "B6", "RuleTable Vi phạm thêm");
        });
    }

    /** Rows 6–10 (the block's header rows) and 11 (its first data row) of «Vi phạm» copied from row index {@code at}. */
    private static void copyBlock(Sheet from, Sheet to, int at) {
        for (int r = 5; r <= 10; r++) {
            copyRow(from.getRow(r), to, at + r - 5);
        }
    }

    private static void copyRow(Row source, Sheet to, int index) {
        Row target = to.getRow(index) == null ? to.createRow(index) : to.getRow(index);
        if (source == null) {
            return;
        }
        for (Cell cell : source) {
            Cell copy = target.createCell(cell.getColumnIndex());
            switch (cell.getCellType()) {
                case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                case STRING -> copy.setCellValue(cell.getStringCellValue());
                default -> { }
            }
        }
    }

    private static void set(Sheet sheet, String ref, Object value) {
        CellReference at = new CellReference(ref);
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        Cell cell = row.getCell(at.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static byte[] edited(byte[] workbook, java.util.function.Consumer<Workbook> edit) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            edit.accept(wb);
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
