package vn.gov.sokhcn.kpi.ruleset.grid;

import java.util.List;

/**
 * A column of a decision table as the grid shows it: its letter, its Vietnamese label, its type, the values it
 * allows (a list in the workbook, Có/Không, rating codes; empty when free) and whether it is read-only (a column
 * whose code takes no value from its cells).
 */
public record GridColumn(String letter, String label, Type type, List<String> allowed, boolean readOnly) {

    /** How a cell is typed: NUMBER for a template taking {@code $param}, the others for {@code "$param"}. */
    public enum Type { NUMBER, TEXT, DATE, FLAG, RATING, LIST }
}
