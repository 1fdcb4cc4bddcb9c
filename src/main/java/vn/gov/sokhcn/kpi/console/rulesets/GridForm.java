package vn.gov.sokhcn.kpi.console.rulesets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.console.shared.Labels;
import vn.gov.sokhcn.kpi.ruleset.grid.GridColumn;
import vn.gov.sokhcn.kpi.ruleset.grid.RowEdit;
import vn.gov.sokhcn.kpi.ruleset.grid.TableGrid;

/**
 * The grid page's form: an input per data cell named {@code c_<row>_<letter>}, a box {@code remove_<row>} per row, and
 * new rows of table {@code t} named {@code n_<t>_<i>_<letter>}. What it posts becomes the changed rows only (a cell
 * whose value did not change is not written, so it keeps its type and look), new rows after the table's last row.
 */
final class GridForm {
    private GridForm() {
    }

    /** A choice of a select: the value stored and the words shown (rating codes by their Vietnamese names). */
    record Choice(String value, String text) {
    }

    /** A column with its choices ({@code input}: number, date, select, text; or read-only). */
    record Column(GridColumn column, String input, List<Choice> choices) {
        static Column of(GridColumn c) {
            String input = c.readOnly() ? "readonly" : switch (c.type()) {
                case NUMBER -> "number";
                case DATE -> "date";
                case FLAG, RATING, LIST -> "select";
                default -> "text";
            };
            List<Choice> choices = c.allowed().stream().map(v -> new Choice(v, c.type() == GridColumn.Type.RATING
                    ? Labels.display(v) : v)).toList();
            return new Column(c, input, choices);
        }

        /** Whether a select offers this value already (an empty cell is the «—» choice). */
        public boolean allows(String value) {
            return value == null || value.isEmpty() || choices.stream().anyMatch(o -> o.value().equals(value));
        }
    }

    record Cell(String name, String address, String value) {
    }

    record Row(int row, boolean removed, List<Cell> cells) {
    }

    record Table(int index, String title, List<Column> columns, List<Row> rows) {
    }

    static List<Table> tables(TableGrid grid, Map<String, String> posted) {
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < grid.tables().size(); t++) {
            TableGrid.Table table = grid.tables().get(t);
            List<Row> rows = new ArrayList<>();
            for (TableGrid.Row r : table.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    String name = "c_" + r.row() + "_" + table.columns().get(i).letter();
                    cells.add(new Cell(name, r.cells().get(i).address(), posted.getOrDefault(name, r.cells().get(i).value())));
                }
                rows.add(new Row(r.row(), posted.containsKey("remove_" + r.row()), cells));
            }
            tables.add(new Table(t, table.title(), table.columns().stream().map(Column::of).toList(), rows));
        }
        return tables;
    }

    /** The changed rows of a posted form, against the grid it was made from. */
    static List<RowEdit> edits(TableGrid grid, Map<String, String> posted) {
        List<RowEdit> edits = new ArrayList<>();
        for (int t = 0; t < grid.tables().size(); t++) {
            TableGrid.Table table = grid.tables().get(t);
            for (TableGrid.Row r : table.rows()) {
                if (posted.containsKey("remove_" + r.row())) {
                    edits.add(new RowEdit(r.row(), null, true, null));
                    continue;
                }
                Map<String, String> changed = new LinkedHashMap<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    GridColumn column = table.columns().get(i);
                    String value = posted.get("c_" + r.row() + "_" + column.letter());
                    if (!column.readOnly() && value != null && !value.strip().equals(r.cells().get(i).value())) {
                        changed.put(column.letter(), value.strip());
                    }
                }
                if (!changed.isEmpty()) {
                    edits.add(new RowEdit(r.row(), null, false, changed));
                }
            }
            int last = table.rows().get(table.rows().size() - 1).row();
            for (Map<String, String> added : added(posted, t, table)) {
                edits.add(new RowEdit(null, last, false, added));
            }
        }
        return edits;
    }

    /** The new rows of table {@code t}, in the order of their numbers; a new row left wholly empty is dropped. */
    private static List<Map<String, String>> added(Map<String, String> posted, int t, TableGrid.Table table) {
        Map<Integer, Map<String, String>> rows = new java.util.TreeMap<>();
        String prefix = "n_" + t + "_";
        posted.forEach((name, value) -> {
            String[] parts = name.startsWith(prefix) ? name.substring(prefix.length()).split("_", 2) : new String[0];
            if (parts.length == 2 && parts[0].matches("\\d{1,4}") && table.columns().stream()
                    .anyMatch(c -> c.letter().equals(parts[1]) && !c.readOnly())) {
                rows.computeIfAbsent(Integer.parseInt(parts[0]), k -> new LinkedHashMap<>()).put(parts[1], value.strip());
            }
        });
        return rows.values().stream().filter(r -> r.values().stream().anyMatch(v -> !v.isEmpty())).toList();
    }
}
