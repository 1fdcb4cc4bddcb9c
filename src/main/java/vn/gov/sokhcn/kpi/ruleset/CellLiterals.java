package vn.gov.sokhcn.kpi.ruleset;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Checks every data cell of a decision table before Drools sees it. A cell's value is pasted into
 * the rule's code, so it must be a plain literal of its column's type: a number where the template
 * takes a number ({@code $param}), a text without quotes or backslashes where it takes a text
 * ({@code "$param"}). This refuses a cell carrying code (a call, a statement, a quote that would
 * close the text, an operator, a name), and catches what Excel does to a value (a percent or date
 * format, curly quotes, stray spaces) at the cell, in words an HR officer understands. Every RuleTable
 * block of a sheet is checked, not only the first.
 */
public final class CellLiterals {
    static final String NUMBER_EXPECTED = "một số, ví dụ 90 hoặc 72.5 (dấu chấm thập phân, định dạng General hoặc Number)";
    static final String TEXT_EXPECTED = "một đoạn chữ thuần: không dấu nháy, không dấu gạch chéo ngược, không xuống dòng, "
            + "không dấu cách thừa ở đầu hoặc cuối";

    private CellLiterals() {
    }

    public static List<RuleProblem> check(String file, Sheet sheet, TableLayout layout) {
        List<RuleProblem> problems = new ArrayList<>();
        for (TableLayout.Block block : layout.blocks()) {
            problems.addAll(check(file, sheet, block));
        }
        return problems;
    }

    private static List<RuleProblem> check(String file, Sheet sheet, TableLayout.Block block) {
        List<RuleProblem> problems = new ArrayList<>();
        for (int excelRow : block.dataRows()) {
            Row row = sheet.getRow(excelRow - 1);
            for (TableLayout.Column column : block.columns()) {
                Cell cell = row == null ? null : row.getCell(CellReference.convertColStringToIndex(column.letter()));
                if (cell == null || cell.getCellType() == CellType.BLANK || !column.template().contains("$param")) {
                    continue;
                }
                String ref = column.letter() + excelRow;
                boolean text = column.takesText();
                String problem = text ? textProblem(cell, ref) : numberProblem(cell, ref);
                if (problem != null) {
                    problems.add(RuleProblem.atCell(file, sheet.getSheetName(), ref,
                            "Cột «" + column.label() + "»: " + problem, text ? TEXT_EXPECTED : NUMBER_EXPECTED));
                }
            }
        }
        return problems;
    }

    private static String numberProblem(Cell cell, String ref) {
        CellType type = cell.getCellType();
        if (type == CellType.NUMERIC) {
            return formatProblem(cell, ref, "một số ở định dạng General hoặc Number");
        }
        String wanted = "cần một số (ví dụ 90 hoặc 72.5) ở ô " + ref + "; ";
        if (type == CellType.STRING) {
            String found = cell.getStringCellValue();
            String why = LiteralText.whyNotANumber(found);
            return why == null ? null : wanted + "đang có «" + found + "»: " + why;
        }
        if (type == CellType.FORMULA) {
            return wanted + "đang có công thức «=" + cell.getCellFormula() + "»; hãy ghi giá trị đã tính";
        }
        return wanted + "đang có giá trị đúng/sai; hãy ghi một số đã nhập sẵn";
    }

    private static String textProblem(Cell cell, String ref) {
        CellType type = cell.getCellType();
        if (type == CellType.NUMERIC) {
            return formatProblem(cell, ref, "giá trị gõ dạng chữ (ví dụ ngày 2026-01-01) ở định dạng Text");
        }
        if (type != CellType.STRING) {
            return "cần một đoạn chữ ở ô " + ref + ", không dùng công thức hay giá trị đúng/sai";
        }
        String found = cell.getStringCellValue();
        String why = LiteralText.whyNotAText(found);
        return why == null ? null : "ô " + ref + " đang có «" + found + "»: " + why;
    }

    /** A number shown by Excel in a percent or date format is not the number the cell seems to hold. */
    private static String formatProblem(Cell cell, String ref, String instead) {
        String shown = TableLayout.text(cell.getRow(), cell.getColumnIndex());
        if (DateUtil.isCellDateFormatted(cell)) {
            return "ô " + ref + " đang ở định dạng ngày (hiện «" + shown + "», Excel lưu số "
                    + plain(cell.getNumericCellValue()) + "); hãy ghi " + instead;
        }
        if (cell.getCellStyle().getDataFormatString().contains("%")) {
            return "ô " + ref + " đang ở định dạng phần trăm nên Excel lưu " + shown + " thành "
                    + plain(cell.getNumericCellValue()) + "; hãy ghi số phần trăm (ví dụ 20) ở định dạng General";
        }
        return null;
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
