package vn.gov.sokhcn.kpi.system;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bad value of a request, named by its JSON path ({@code $.employees[2].unit}). */
public record FieldProblem(String field, String message) {
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** Paths in document order: {@code [2]} before {@code [10]}. */
    public static final Comparator<FieldProblem> IN_DOCUMENT_ORDER = Comparator.comparing(p -> padded(p.field()));

    private static String padded(String path) {
        Matcher m = INDEX.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "[" + "0".repeat(Math.max(0, 10 - m.group(1).length())) + m.group(1) + "]");
        }
        m.appendTail(out);
        return out.toString();
    }
}
