package vn.gov.sokhcn.kpi.ruleset;

/**
 * A problem of a rule set, where a person can find it: {@code location} is
 * {@code decision-tables/file!sheet!cell} or {@code rules/file:line}; the message is Vietnamese and
 * says what was found; {@code expected}, when known, says in Vietnamese what the cell should hold.
 */
public record RuleProblem(String location, String message, String expected) {

    public RuleProblem(String location, String message) {
        this(location, message, null);
    }

    public static RuleProblem atCell(String file, String sheet, String cell, String message) {
        return atCell(file, sheet, cell, message, null);
    }

    public static RuleProblem atCell(String file, String sheet, String cell, String message, String expected) {
        return new RuleProblem(file + "!" + sheet + "!" + cell, message, expected);
    }

    public static RuleProblem atLine(String file, int line, String message) {
        return new RuleProblem(line > 0 ? file + ":" + line : file, message);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
