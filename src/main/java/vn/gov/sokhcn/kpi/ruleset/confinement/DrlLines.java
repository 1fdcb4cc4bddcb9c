package vn.gov.sokhcn.kpi.ruleset.confinement;

/** Lines of a DRL text. */
final class DrlLines {
    private DrlLines() {
    }

    /** The DRL line where a piece of code starts: the parser keeps its text but not always its line. */
    static int lineOf(String drl, String code, int from, int fallback) {
        String start = code.strip().lines().findFirst().orElse("");
        int at = start.isEmpty() ? -1 : drl.indexOf(start, Math.max(0, from));
        if (at < 0) {
            return Math.max(1, fallback);
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (drl.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
