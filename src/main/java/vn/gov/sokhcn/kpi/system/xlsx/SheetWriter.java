package vn.gov.sokhcn.kpi.system.xlsx;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes one sheet of a downloadable workbook (summary report, trial): a bold, filled header row that
 * stays frozen, then rows whose numbers are numeric cells (whole numbers without decimals, others with
 * two), text as text (wrapped where it holds line breaks), dates and times as text (yyyy-MM-dd,
 * yyyy-MM-dd HH:mm); column widths follow the longest value (capped).
 */
public final class SheetWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Sheet sheet;
    private final Styles styles;
    private final List<Integer> widths = new ArrayList<>();
    private int next;

    /** The cell styles of one workbook, shared by its sheets. */
    public record Styles(CellStyle header, CellStyle whole, CellStyle decimal, CellStyle title, CellStyle wrap) {
        public static Styles of(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(big);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            return new Styles(header, whole, decimal, title, wrap);
        }
    }

    public SheetWriter(Workbook workbook, String name, Styles styles) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
    }

    /** A bold title line above a table (not frozen). */
    public SheetWriter title(String text) {
        Cell cell = sheet.createRow(next++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title());
        return this;
    }

    /** The header row of a table; the first header of the sheet is frozen. */
    public SheetWriter header(String... labels) {
        if (sheet.getPaneInformation() == null) {
            sheet.createFreezePane(0, next + 1);
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < labels.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels[i]);
            cell.setCellStyle(styles.header());
            width(i, Math.min(labels[i].length(), 30));
        }
        return this;
    }

    public SheetWriter row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                BigDecimal d = new BigDecimal(n.toString());
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(d.stripTrailingZeros().scale() <= 0 ? styles.whole() : styles.decimal());
                width(i, d.toPlainString().length() + 4);
            } else {
                String text = v instanceof TemporalAccessor t && !(v instanceof java.time.LocalDate) ? TIME.format(t) : v.toString();
                cell.setCellValue(text);
                if (text.contains("\n")) {
                    cell.setCellStyle(styles.wrap());
                }
                width(i, text.lines().mapToInt(String::length).max().orElse(0));
            }
        }
        return this;
    }

    public SheetWriter blank() {
        next++;
        return this;
    }

    public void finish() {
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, (Math.min(Math.max(widths.get(i), 8), 60) + 2) * 256);
        }
    }

    private void width(int column, int length) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, Math.max(widths.get(column), length));
    }
}
