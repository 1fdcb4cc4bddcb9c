package vn.gov.sokhcn.kpi.ruleset.grid;

import java.util.Map;

/**
 * One changed row of a grid: {@code row} an existing data row (Excel row number) whose {@code cells} (column letter
 * to value) change, or which is removed ({@code remove}); without {@code row}, a new row inserted after the data row
 * {@code after} (after the last row of the sheet's first table when null) with these cells.
 */
public record RowEdit(Integer row, Integer after, Boolean remove, Map<String, String> cells) {

    public RowEdit {
        cells = cells == null ? Map.of() : Map.copyOf(cells);
    }

    /** Whether the row goes (an absent {@code remove} is false). */
    boolean removed() {
        return Boolean.TRUE.equals(remove);
    }

    boolean added() {
        return row == null;
    }
}
