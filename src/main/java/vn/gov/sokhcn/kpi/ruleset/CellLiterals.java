package vn.gov.sokhcn.kpi.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Checks every data cell of a decision table before Drools sees it. A cell's value is pasted into
 * the rule's code, so it must be a plain literal of its column's type: a number where the template
 * takes a number, a text without quotes or backslashes where it takes a text. This refuses a cell
 * carrying code, and catches what Excel does to a value (a percent or date format, curly quotes,
 * stray spaces) at the cell, in words an HR officer understands.
 */
final class CellLiterals {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CellLiterals() {
    }

    static List<RuleProblem> check(String file, Sheet sheet, TableLayout layout) {
        List<RuleProblem> problems = new ArrayList<>();
        for (int excelRow : layout.dataRows()) {
            Row row = sheet.getRow(excelRow - 1);
            for (TableLayout.Column column : layout.columns()) {
                Cell cell = row == null ? null : row.getCell(CellReference.convertColStringToIndex(column.letter()));
                if (cell == null || cell.getCellType() == CellType.BLANK || !column.template().contains("$param")) {
                    continue;
                }
                String problem = column.takesText() ? textProblem(cell) : numberProblem(cell);
                if (problem != null) {
                    problems.add(RuleProblem.atCell(file, sheet.getSheetName(), column.letter() + excelRow,
                            "Cột «" + column.label() + "»: " + problem));
                }
            }
        }
        return problems;
    }

    private static String numberProblem(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return "ô đang ở định dạng ngày; cần một số (định dạng General hoặc Number)";
            }
            if (cell.getCellStyle().getDataFormatString().contains("%")) {
                return "ô đang ở định dạng phần trăm nên Excel lưu " + TableLayout.text(cell.getRow(), cell.getColumnIndex())
                        + " thành " + cell.getNumericCellValue() + "; hãy ghi số phần trăm (ví dụ 20) ở định dạng General";
            }
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue();
            if (NUMBER.matcher(text).matches()) {
                return null;
            }
            if (NUMBER.matcher(text.trim()).matches()) {
                return "số «" + text + "» có dấu cách thừa ở đầu hoặc cuối";
            }
            return "cần một số (ví dụ 90 hoặc 7.5), không phải «" + text + "»";
        }
        return "cần một số đã nhập sẵn, không dùng công thức hay giá trị đúng/sai";
    }

    private static String textProblem(Cell cell) {
        if (cell.getCellType() != CellType.STRING) {
            return cell.getCellType() == CellType.NUMERIC ? null : "cần một đoạn chữ, không dùng công thức";
        }
        String text = cell.getStringCellValue();
        if (text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('‘') >= 0 || text.indexOf('’') >= 0) {
            return "có dấu nháy cong (do Excel tự sửa); hãy bỏ dấu nháy";
        }
        if (text.indexOf('"') >= 0 || text.indexOf('\\') >= 0) {
            return "không được chứa dấu nháy kép hay dấu gạch chéo ngược";
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return "không được xuống dòng trong ô";
        }
        if (!text.equals(text.strip())) {
            return "«" + text + "» có dấu cách thừa ở đầu hoặc cuối";
        }
        return null;
    }
}
