package vn.gov.sokhcn.kpi.kpi.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The template as a workbook: the «Nhập liệu» sheet (styled, frozen header; grey reference columns;
 * dropdowns), the «Hướng dẫn» sheet, and the «Danh mục» sheet with the lists the dropdowns use.
 * Streamed, so that a large period's template does not hold every row in memory.
 */
final class XlsxTemplateWriter {
    static final String DATA_SHEET = "Nhập liệu";
    static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    static final String CATALOGUE_SHEET = "Danh mục";
    /** Rows below the prefilled ones that still carry the dropdowns, for assignments HR adds. */
    static final int ROWS_TO_ADD = 500;

    private XlsxTemplateWriter() {
    }

    static void write(PeriodData data, List<Map<ImportColumn, Object>> rows, long maxBytes, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(DATA_SHEET);
            CellStyle header = headerStyle(workbook);
            CellStyle info = fillStyle(workbook, IndexedColors.GREY_25_PERCENT);
            Row top = sheet.createRow(0);
            top.setHeightInPoints(45);
            for (ImportColumn c : ImportColumn.values()) {
                var cell = top.createCell(c.ordinal());
                cell.setCellValue(c.header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c.ordinal(), (c.width() + 2) * 256);
            }
            sheet.createFreezePane(ImportColumn.HOLDER_NAME.ordinal() + 1, 1);
            int lastColumn = ImportColumn.values().length - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, lastColumn));
            int r = 1;
            for (Map<ImportColumn, Object> values : rows) {
                writeRow(sheet.createRow(r++), values, info);
            }
            writeInstructions(workbook.createSheet(INSTRUCTIONS_SHEET), data.period().code(), maxBytes);
            XlsxCatalogue.write(workbook, data, sheet, r - 1 + ROWS_TO_ADD);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, Map<ImportColumn, Object> values, CellStyle info) {
        for (ImportColumn c : ImportColumn.values()) {
            Object value = values.get(c);
            if (value == null && c.kind() != ImportColumn.Kind.INFO) {
                continue;
            }
            var cell = row.createCell(c.ordinal());
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (c.kind() == ImportColumn.Kind.INFO) {
                cell.setCellStyle(info);
            }
        }
    }

    private static void writeInstructions(Sheet sheet, String periodCode, long maxBytes) {
        sheet.setColumnWidth(0, 150 * 256);
        int r = 0;
        for (String line : TemplateInstructions.lines(periodCode, maxBytes)) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        CellStyle style = fillStyle(workbook, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static CellStyle fillStyle(SXSSFWorkbook workbook, IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
