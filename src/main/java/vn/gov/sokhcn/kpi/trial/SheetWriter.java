package vn.gov.sokhcn.kpi.trial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes plain sheets: a bold, frozen header row with column widths in characters, then rows of values,
 * numbers as numbers (whole amounts grouped by thousands), texts wrapped where they hold line breaks.
 */
final class SheetWriter {
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle whole;
    private final CellStyle wrap;

    SheetWriter() {
        Font font = book.createFont();
        font.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(font);
        whole = book.createCellStyle();
        whole.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
    }

    Sheet sheet(String name, int[] widths, String... headers) {
        Sheet s = book.createSheet(name);
        Row header = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            var cell = header.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(bold);
            s.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    void row(Sheet s, Object... values) {
        Row row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Long l) {
                cell.setCellValue(l);
                cell.setCellStyle(whole);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                String text = v.toString();
                cell.setCellValue(text);
                if (text.contains("\n")) {
                    cell.setCellStyle(wrap);
                }
            }
        }
    }

    byte[] bytes() {
        try (XSSFWorkbook b = book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            b.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
