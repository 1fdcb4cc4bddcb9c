package vn.gov.sokhcn.kpi.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.xls.ExcelParser;

/**
 * A workbook's sheets turned into DRL, before anything is compiled: both the compiler and the
 * confinement check (which reads the generated DRL without compiling it) start here. What a workbook
 * gives is kept by its SHA-256 ({@link WorkbookCache}): a draft that changes one workbook turns only
 * that one into DRL again.
 */
public final class WorkbookSheets {
    /** The DRL of a workbook's sheets and the problems of its cells; immutable, as it is shared. */
    private record Generated(List<GeneratedDrl> tables, List<RuleProblem> problems) {
        Generated {
            tables = List.copyOf(tables);
            problems = List.copyOf(problems);
        }
    }

    private static final WorkbookCache<Generated> GENERATED = new WorkbookCache<>();

    private WorkbookSheets() {
    }

    /**
     * The DRL of each decision-table sheet of a workbook (not its test sheet); problems of its cells
     * (literals, unreadable tables) go to {@code problems}. Nothing is compiled.
     */
    public static List<GeneratedDrl> drlOf(String path, byte[] bytes, List<RuleProblem> problems) {
        Generated generated = GENERATED.get(path, bytes, () -> {
            List<RuleProblem> found = new ArrayList<>();
            return new Generated(generate(path, bytes, found), found);
        });
        problems.addAll(generated.problems());
        return generated.tables();
    }

    private static List<GeneratedDrl> generate(String path, byte[] bytes, List<RuleProblem> problems) {
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
                    String drl = drlOf(workbook, sheet.getSheetName());
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

    /**
     * What {@code SpreadsheetCompiler.compile(stream, sheet)} does, on the workbook already open: that one opens the
     * whole workbook again for every sheet, the largest part of turning a workbook into DRL.
     */
    private static String drlOf(Workbook workbook, String sheetName) {
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
        listener.setWorksheetName(sheetName);
        new ExcelParser(Map.of(sheetName, List.of(listener))).parseWorkbook(workbook);
        return new SpreadsheetCompiler().listenerToString(listener);
    }

    private static String cellIn(String message) {
        Matcher m = Pattern.compile("\\b([A-Z]{1,3}\\d+)\\b").matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : "A1";
    }
}
