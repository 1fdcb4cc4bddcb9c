package vn.gov.sokhcn.kpi.ruleset;

/**
 * A problem of a rule set, where a person can find it: {@code location} is
 * {@code decision-tables/file!sheet!cell} or {@code rules/file:line}; the message is Vietnamese.
 */
public record RuleProblem(String location, String message) {

    public static RuleProblem atCell(String file, String sheet, String cell, String message) {
        return new RuleProblem(file + "!" + sheet + "!" + cell, message);
    }

    public static RuleProblem atLine(String file, int line, String message) {
        return new RuleProblem(line > 0 ? file + ":" + line : file, message);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
