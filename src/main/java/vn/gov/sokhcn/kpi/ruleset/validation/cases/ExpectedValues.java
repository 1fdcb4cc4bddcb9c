package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes the actual results of failing cases into the expected cells («Điểm mong đợi», «Xếp loại mong đợi») of a
 * workbook's «Kiểm thử» sheet. The cells are edited in place and the workbook written back by POI, so its
 * formatting, lists and other sheets stay; only an expectation the case checks (a filled cell) that differs is written.
 */
public final class ExpectedValues {

    /** One cell written: where, the value shown before and the value written. */
    public record Written(CaseResult result, String cell, String before, String after) {
    }

    /** The workbook with its cells written, and what was written. */
    public record Edited(byte[] workbook, List<Written> written) {
    }

    private ExpectedValues() {
    }

    /** {@code results}: failing cases of this workbook, each at its row ({@link CaseResult#location()}). */
    public static Edited write(byte[] workbook, List<CaseResult> results) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(CaseColumn.SHEET);
            int scoreColumn = column(sheet, CaseColumn.EXPECTED_SCORE);
            int ratingColumn = column(sheet, CaseColumn.EXPECTED_RATING);
            List<Written> written = new ArrayList<>();
            for (CaseResult result : results) {
                Row row = sheet.getRow(excelRow(result) - 1);
                if (result.expectedScore() != null && scoreColumn >= 0 && result.actualScore() != null
                        && result.expectedScore().setScale(2, RoundingMode.HALF_UP).compareTo(result.actualScore().setScale(2, RoundingMode.HALF_UP)) != 0) {
                    Cell cell = row.getCell(scoreColumn);
                    String before = CaseCells.text(cell);
                    BigDecimal actual = result.actualScore().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
                    cell.setCellValue(actual.doubleValue());
                    written.add(new Written(result, at(sheet, cell), before, CaseResult.number(actual)));
                }
                if (result.expectedRating() != null && ratingColumn >= 0 && result.actualRating() != null
                        && !result.expectedRating().equals(result.actualRating())) {
                    Cell cell = row.getCell(ratingColumn);
                    String before = CaseCells.text(cell);
                    cell.setCellValue(result.actualRating());
                    written.add(new Written(result, at(sheet, cell), before, result.actualRating()));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return new Edited(out.toByteArray(), written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int excelRow(CaseResult result) {
        String location = result.location();
        return Integer.parseInt(location.substring(location.lastIndexOf("!A") + 2));
    }

    private static int column(Sheet sheet, CaseColumn column) {
        Row header = sheet.getRow(0);
        for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
            if (CaseColumn.byHeader(CaseCells.text(header.getCell(c))).orElse(null) == column) {
                return c;
            }
        }
        return -1;
    }

    private static String at(Sheet sheet, Cell cell) {
        return sheet.getSheetName() + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
    }
}
