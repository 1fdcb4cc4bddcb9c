package vn.gov.sokhcn.kpi.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A workbook's sheets turned into DRL, before anything is compiled: both the compiler and the
 * confinement check (which reads the generated DRL without compiling it) start here.
 */
public final class WorkbookSheets {

    private WorkbookSheets() {
    }

    /**
     * The DRL of each decision-table sheet of a workbook (not its test sheet); problems of its cells
     * (literals, unreadable tables) go to {@code problems}. Nothing is compiled.
     */
    public static List<GeneratedDrl> drlOf(String path, byte[] bytes, List<RuleProblem> problems) {
        List<GeneratedDrl> result = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals(RuleSetFiles.TEST_SHEET)) {
                    continue; // the workbook's test cases, run after the set compiled
                }
                var layout = TableLayout.of(sheet);
                if (layout.isEmpty()) {
                    continue; // a sheet without a RuleTable (notes, tests) is not compiled
                }
                List<RuleProblem> literals = CellLiterals.check(path, sheet, layout.get());
                if (!literals.isEmpty()) {
                    problems.addAll(literals);
                    continue;
                }
                try {
                    String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), sheet.getSheetName());
                    result.add(new GeneratedDrl(path, sheet.getSheetName(), drl, layout.get()));
                } catch (RuntimeException e) {
                    problems.add(RuleProblem.atCell(path, sheet.getSheetName(), cellIn(e.getMessage()),
                            "Không đọc được bảng quyết định: " + e.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(RuleProblem.atLine(path, 0, "Không mở được tệp Excel: " + e.getMessage()));
        }
        return result;
    }

    private static String cellIn(String message) {
        Matcher m = Pattern.compile("\\b([A-Z]{1,3}\\d+)\\b").matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : "A1";
    }
}
