package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.WorkbookCache;

/**
 * The case rows of a workbook's «Kiểm thử» sheet (none if it has no such sheet): headers in row 1,
 * one person per row from row 2. A row with a cell that cannot be read is left out and its cell
 * reported (the rest of its case still runs). Read once per workbook content ({@link WorkbookCache}): every
 * validation runs the cases of all workbooks, most of them unchanged since the last.
 */
record CaseSheet(List<CaseRow> rows, List<RuleProblem> problems) {
    private static final WorkbookCache<CaseSheet> READ = new WorkbookCache<>();

    CaseSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    static CaseSheet read(String file, byte[] bytes) {
        return READ.get(file, bytes, () -> readNow(file, bytes));
    }

    private static CaseSheet readNow(String file, byte[] bytes) {
        List<CaseRow> rows = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(CaseColumn.SHEET);
            if (sheet != null) {
                readSheet(file, sheet, rows, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new RuleProblem(file, "Không mở được tệp Excel để đọc các ca kiểm thử: " + e.getMessage()));
        }
        return new CaseSheet(rows, problems);
    }

    private static void readSheet(String file, Sheet sheet, List<CaseRow> rows, List<RuleProblem> problems) {
        Map<Integer, CaseColumn> columns = new java.util.TreeMap<>();
        Row header = sheet.getRow(0);
        for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
            String text = CaseCells.text(header.getCell(c));
            if (!text.isEmpty()) {
                int col = c;
                CaseColumn.byHeader(text).ifPresentOrElse(k -> columns.put(col, k), () -> problems.add(at(file, 0, col,
                        "Cột «" + text + "» không có trong mẫu kiểm thử; các cột: " + CaseCells.columns())));
            }
        }
        for (CaseColumn required : List.of(CaseColumn.CASE, CaseColumn.PERIOD)) {
            if (!columns.containsValue(required)) {
                problems.add(at(file, 0, 0, "Trang «" + CaseColumn.SHEET + "» thiếu cột «" + required.header() + "»"));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            readRow(file, sheet.getRow(r), r, columns, rows, problems);
        }
    }

    private static void readRow(String file, Row row, int r, Map<Integer, CaseColumn> columns, List<CaseRow> rows,
                                List<RuleProblem> problems) {
        Map<CaseColumn, Object> values = new EnumMap<>(CaseColumn.class);
        int before = problems.size();
        for (Map.Entry<Integer, CaseColumn> column : columns.entrySet()) {
            Cell cell = row == null ? null : row.getCell(column.getKey());
            if (CaseCells.text(cell).isEmpty()) {
                continue;
            }
            CaseCells.Read read = CaseCells.read(column.getValue(), cell);
            if (read.problem() != null) {
                problems.add(at(file, r, column.getKey(), "Cột «" + column.getValue().header() + "»: " + read.problem()));
            } else {
                values.put(column.getValue(), read.value());
            }
        }
        if (values.isEmpty() && problems.size() == before) {
            return; // an empty row
        }
        String caseId = (String) values.get(CaseColumn.CASE);
        if (caseId == null) {
            problems.add(at(file, r, 0, "Dòng có dữ liệu nhưng thiếu «Mã ca»"));
        } else if (!values.containsKey(CaseColumn.PERIOD) && problems.size() == before) {
            problems.add(at(file, r, 0, "Ca " + caseId + ": thiếu «Kỳ»"));
        }
        if (problems.size() == before) {
            rows.add(new CaseRow(file, r + 1, caseId, (String) values.getOrDefault(CaseColumn.DESCRIPTION, ""), values));
        }
    }

    private static RuleProblem at(String file, int row, int col, String message) {
        return RuleProblem.atCell(file, CaseColumn.SHEET, CellReference.convertNumToColString(col) + (row + 1), message);
    }
}
