package vn.gov.sokhcn.kpi.console.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * Where in a rule set a reason or a problem points, as {@code Reason.source} writes it:
 * {@code decision-tables/<file>!<sheet>!<cell>} (or only the file, or the file and sheet) or
 * {@code rules/<file>:<line>} (or only the file). {@code row} is the 1-based Excel row of the cell.
 */
public record SourceRef(String file, String sheet, String cell, Integer row, Integer line) {
    private static final Pattern CELL = Pattern.compile("\\$?([A-Z]{1,3})\\$?([1-9][0-9]{0,6})");
    private static final Pattern LINE = Pattern.compile("(.+\\.drl):([1-9][0-9]{0,6})");

    public boolean workbook() {
        return file.endsWith(".xlsx");
    }

    /** The reference parsed, empty when it is not one of the shapes above. */
    public static Optional<SourceRef> parse(String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String text = ref.strip();
        if (text.startsWith(RuleSetFiles.TABLES)) {
            String[] parts = text.split("!", 3);
            if (!parts[0].endsWith(".xlsx")) {
                return Optional.empty();
            }
            if (parts.length < 3) {
                return Optional.of(new SourceRef(parts[0], parts.length == 2 ? parts[1] : null, null, null, null));
            }
            Matcher cell = CELL.matcher(parts[2]);
            if (!cell.matches()) {
                return Optional.empty();
            }
            return Optional.of(new SourceRef(parts[0], parts[1], cell.group(1) + cell.group(2),
                    Integer.valueOf(cell.group(2)), null));
        }
        if (text.startsWith(RuleSetFiles.RULES)) {
            Matcher line = LINE.matcher(text);
            if (line.matches()) {
                return Optional.of(new SourceRef(line.group(1), null, null, null, Integer.valueOf(line.group(2))));
            }
            return text.endsWith(".drl") ? Optional.of(new SourceRef(text, null, null, null, null)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The column letters of the referenced cell ("D" of D19), null without a cell. */
    public String column() {
        return cell == null ? null : cell.replaceAll("[0-9]", "");
    }
}
