package vn.gov.sokhcn.kpi.ruleset.grid;

import java.util.List;

/**
 * A decision-table sheet as a grid: the grey code and property rows read-only ({@code codeRows}), then each RuleTable
 * of the sheet with its typed columns and its data rows. Rows and cells carry their Excel addresses (1-based rows).
 */
public record TableGrid(int version, String file, String sheet, boolean editable, List<CodeRow> codeRows, List<Table> tables) {

    /** A read-only row above or between the tables: RuleSet, Import, RuleTable, CONDITION/ACTION, object types, code. */
    public record CodeRow(int row, List<Cell> cells) {
    }

    /** One RuleTable: its title cell, its columns and its data rows. */
    public record Table(String title, int labelRow, List<GridColumn> columns, List<Row> rows) {
    }

    /** A data row: its Excel row and one cell per column of its table, in the columns' order. */
    public record Row(int row, List<Cell> cells) {
    }

    public record Cell(String address, String value) {
    }
}
