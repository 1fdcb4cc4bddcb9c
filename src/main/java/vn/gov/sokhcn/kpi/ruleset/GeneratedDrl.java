package vn.gov.sokhcn.kpi.ruleset;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL Drools generates from one sheet of a workbook, with what is needed to take a line of it
 * back to a cell: Drools writes "// rule values at B12" above each row's rule, and each line of
 * the rule's consequence is one non-empty ACTION cell of that row, in column order.
 */
public record GeneratedDrl(String file, String sheet, String drl, TableLayout layout) {
    private static final Pattern VALUES_AT = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");

    /** A path under which Drools reports this sheet's DRL; never shown to a person. */
    public String virtualPath() {
        Matcher p = Pattern.compile("^package\\s+([\\w.]+)", Pattern.MULTILINE).matcher(drl);
        String folder = p.find() ? p.group(1).replace('.', '/') : "generated";
        return "src/main/resources/" + folder + "/" + Integer.toHexString((file + "!" + sheet).hashCode()) + ".drl";
    }

    /** The cell behind a line of the generated DRL (1-based), or the sheet's first cell. */
    public String cellAt(int line) {
        List<String> lines = drl.lines().toList();
        int rowStart = -1;
        int excelRow = -1;
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            Matcher m = VALUES_AT.matcher(lines.get(i).trim());
            if (m.find()) {
                rowStart = i;
                excelRow = Integer.parseInt(m.group(2));
                break;
            }
        }
        if (rowStart < 0) {
            return "A1";
        }
        int thenLine = -1;
        for (int i = rowStart; i < lines.size() && i < line; i++) {
            if (lines.get(i).trim().equals("then")) {
                thenLine = i;
            }
        }
        if (thenLine >= 0 && line - 1 > thenLine) {
            return layout.actionCell(excelRow, line - 2 - thenLine);
        }
        return layout.firstCell(excelRow);
    }

    /**
     * The code cell behind a line of the generated DRL, for a problem in the code itself rather than in a row's values
     * (values are checked as plain literals before any DRL is generated): a consequence line goes to its ACTION column's
     * code cell, a condition line to the code cell of the column whose template names what was found (the «quoted»
     * parts of the message, or their last dotted part). A line outside any row's rule stays at {@link #cellAt}.
     */
    public String codeCellAt(int line, String message) {
        String cell = cellAt(line);
        List<String> lines = drl.lines().toList();
        int row = -1;
        int thenLine = -1;
        for (int i = Math.min(line, lines.size()) - 1; i >= 0 && row < 0; i--) {
            String text = lines.get(i).trim();
            Matcher m = VALUES_AT.matcher(text);
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
            } else if (text.equals("then") && thenLine < 0) {
                thenLine = i;
            }
        }
        if (row < 0) {
            return cell;
        }
        String letter = thenLine >= 0 ? cell.replaceAll("\\d+$", "") : null;
        return layout.codeCell(row, letter, quoted(message));
    }

    private static List<String> quoted(String message) {
        List<String> names = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("«([^»]+)»").matcher(message);
        while (m.find()) {
            String found = m.group(1);
            names.add(found);
            names.add(found.substring(found.lastIndexOf('.') + 1));
        }
        return names;
    }

    /** Rule name to the first cell of its row. */
    public Map<String, String> ruleCells() {
        Map<String, String> cells = new java.util.HashMap<>();
        List<String> lines = drl.lines().toList();
        Pattern rule = Pattern.compile("^rule \"(.*)\"");
        for (int i = 1; i < lines.size(); i++) {
            Matcher r = rule.matcher(lines.get(i).trim());
            Matcher v = VALUES_AT.matcher(lines.get(i - 1).trim());
            if (r.find() && v.find()) {
                cells.put(r.group(1), v.group(1) + v.group(2));
            }
        }
        return cells;
    }
}
