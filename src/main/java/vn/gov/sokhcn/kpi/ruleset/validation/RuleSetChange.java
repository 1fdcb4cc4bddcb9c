package vn.gov.sokhcn.kpi.ruleset.validation;

import java.util.List;

/**
 * One difference between two versions of a rule set. {@code location} is a cell
 * ({@code decision-tables/f.drl.xlsx!sheet!C9}), a sheet ({@code decision-tables/f.drl.xlsx!sheet}) or a
 * file; {@code before}/{@code after} are a cell's shown values (null when absent); {@code diff} is the
 * unified diff of a DRL file. Changes to code and headers are structural; data rows are not.
 */
public record RuleSetChange(Kind kind, String location, String before, String after, List<String> diff) {

    public enum Kind {
        /**
         * A cell of a compiled sheet that is not a value of a data row: RuleSet, Import, Variables, a RuleTable
         * cell, CONDITION/ACTION, code and label rows of any block, a cell beside a table.
         */
        HEADER_CELL(true),
        /** A cell of a data row, or of a sheet that is not compiled. */
        DATA_CELL(false),
        SHEET_ADDED(true),
        SHEET_REMOVED(true),
        FILE_ADDED(true),
        FILE_REMOVED(true),
        /** A DRL file changed, added or removed; {@code diff} holds its lines. */
        DRL(true);

        private final boolean structural;

        Kind(boolean structural) {
            this.structural = structural;
        }
    }

    public boolean structural() {
        return kind.structural;
    }

    static RuleSetChange cell(boolean header, String location, String before, String after) {
        return new RuleSetChange(header ? Kind.HEADER_CELL : Kind.DATA_CELL, location, before, after, List.of());
    }

    static RuleSetChange of(Kind kind, String location) {
        return new RuleSetChange(kind, location, null, null, List.of());
    }
}
