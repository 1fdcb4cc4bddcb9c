package vn.gov.sokhcn.kpi.ruleset.version;

import vn.gov.sokhcn.kpi.ruleset.RuleProblem;

/**
 * A problem of a version as the API shows it: the location split into the file and either the sheet
 * and cell of a workbook or the line of a DRL (the parts that do not apply are null), and what was
 * expected where the check can say it.
 */
public record ProblemView(String location, String file, String sheet, String cell, Integer line, String message,
                          String expected) {

    static ProblemView of(RuleProblem p) {
        String location = p.location();
        String[] cellParts = location.split("!", 3);
        if (cellParts.length == 3) {
            return new ProblemView(location, cellParts[0], cellParts[1], cellParts[2], null, p.message(), p.expected());
        }
        int colon = location.lastIndexOf(':');
        if (colon > 0 && location.substring(colon + 1).matches("\\d+")) {
            return new ProblemView(location, location.substring(0, colon), null, null,
                    Integer.valueOf(location.substring(colon + 1)), p.message(), p.expected());
        }
        return new ProblemView(location, location, null, null, null, p.message(), p.expected());
    }
}
