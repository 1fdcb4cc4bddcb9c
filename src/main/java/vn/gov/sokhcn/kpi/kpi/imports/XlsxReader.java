package vn.gov.sokhcn.kpi.kpi.imports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the «Nhập liệu» sheet (or the first sheet) of a workbook. Cells keep what the spreadsheet
 * stored: a number as the number Excel shows, a formula as its last computed value; a date or a
 * percentage where a number belongs is a problem, not a silent conversion.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static ParsedSheet read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(XlsxTemplateWriter.DATA_SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            Row top = sheet.getRow(sheet.getFirstRowNum());
            if (top == null || top.getRowNum() != 0) {
                throw new UnreadableFileException("Trang «" + sheet.getSheetName() + "» không có dòng tiêu đề ở dòng 1");
            }
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < top.getLastCellNum(); i++) {
                RawCell cell = cell(top.getCell(i), ImportColumn.Kind.TEXT);
                headers.add(cell.text());
            }
            ParsedSheet parsed = HeaderRow.columns(headers, new ArrayList<>());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<ImportColumn, RawCell> cells = new EnumMap<>(ImportColumn.class);
                parsed.columns().forEach((column, index) -> cells.put(column, cell(row.getCell(index), column.kind())));
                if (!cells.values().stream().allMatch(RawCell::blank)) {
                    parsed.rows().add(new RawRow(r + 1, cells));
                }
            }
            return parsed;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new UnreadableFileException("Không đọc được tệp như một bảng tính Excel .xlsx hợp lệ");
        }
    }

    private static RawCell cell(Cell cell, ImportColumn.Kind kind) {
        if (cell == null) {
            return RawCell.text("");
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell, kind);
            case STRING -> RawCell.text(cell.getStringCellValue());
            case BOOLEAN -> RawCell.text(cell.getBooleanCellValue() ? TemplateRows.YES : TemplateRows.NO);
            case ERROR -> RawCell.problem("", "Ô có lỗi công thức");
            default -> RawCell.text("");
        };
    }

    private static RawCell number(Cell cell, ImportColumn.Kind kind) {
        String text = NumberToTextConverter.toText(cell.getNumericCellValue());
        if (kind != ImportColumn.Kind.NUMBER) {
            return RawCell.text(text);
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return RawCell.problem(text, "Ô đang ở dạng ngày tháng; cần một số");
        }
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return RawCell.problem(text, "Ô đang ở dạng phần trăm; hãy nhập số thuần (ví dụ 50, không phải 50%)");
        }
        return RawCell.number(new BigDecimal(text));
    }
}
