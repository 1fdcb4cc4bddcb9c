package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import vn.gov.sokhcn.kpi.ruleset.GeneratedDrl;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.WorkbookSheets;

/**
 * The static check that keeps rule code to computing ratings. The JVM has no sandbox any more, so
 * nothing is compiled or run here: each DRL, and the DRL each decision-table sheet generates, is
 * parsed with Drools' own parser, and every type, call and source of its code is checked against
 * {@link Allowed}. A problem is reported at the file and line, or the workbook, sheet and cell.
 */
public final class RuleCodeConfinement {

    private RuleCodeConfinement() {
    }

    /** Every problem of the set's rule code, including the workbook cells that cannot become DRL. */
    public static List<RuleProblem> check(RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        List<GeneratedDrl> tables = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            if (file.getKey().endsWith(".drl.xlsx")) {
                tables.addAll(WorkbookSheets.drlOf(file.getKey(), file.getValue(), problems));
            }
        }
        problems.addAll(check(files, tables));
        return problems;
    }

    /** The check of the DRL files and of sheets already turned into DRL (the compiler has them at hand). */
    public static List<RuleProblem> check(RuleSetFiles files, List<GeneratedDrl> tables) {
        Set<RuleProblem> problems = new LinkedHashSet<>();
        List<Parsed> parsed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                String path = file.getKey();
                parse(new String(file.getValue(), StandardCharsets.UTF_8),
                        (line, message) -> problems.add(RuleProblem.atLine(path, line, message)), parsed);
            }
        }
        for (GeneratedDrl table : tables) {
            // a code cell is repeated in every row's rule: name it once
            Set<String> said = new LinkedHashSet<>();
            parse(table.drl(), (line, message) -> {
                if (said.add(message)) {
                    problems.add(RuleProblem.atCell(table.file(), table.sheet(), table.codeCellAt(line, message), message));
                }
            }, parsed);
        }
        Map<String, Map<String, JType>> functions = new HashMap<>();
        Map<String, Map<String, JType>> globals = new HashMap<>();
        for (Parsed p : parsed) {
            p.check().declarations(p.pkg());
            functions.computeIfAbsent(p.pkg().getName(), k -> new HashMap<>()).putAll(p.check().functions());
            globals.computeIfAbsent(p.pkg().getName(), k -> new HashMap<>()).putAll(p.check().globals());
        }
        for (Parsed p : parsed) {
            p.check().code(p.pkg(), functions.get(p.pkg().getName()), globals.get(p.pkg().getName()));
        }
        return List.copyOf(problems);
    }

    private record Parsed(PackageDescr pkg, PackageCheck check) {
    }

    private static void parse(String drl, Problems problems, List<Parsed> parsed) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            problems.add(1, "Không đọc được tệp quy tắc: " + e.getMessage());
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                int[] lines = error.getLines();
                problems.add(lines != null && lines.length > 0 ? lines[0] : 1, "Tệp quy tắc sai cú pháp: " + error.getMessage());
            }
            if (parser.getErrors().isEmpty()) {
                problems.add(1, "Không đọc được tệp quy tắc.");
            }
            return;
        }
        parsed.add(new Parsed(pkg, new PackageCheck(drl, problems)));
    }
}
