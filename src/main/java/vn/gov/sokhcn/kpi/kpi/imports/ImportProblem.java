package vn.gov.sokhcn.kpi.kpi.imports;

/**
 * One bad cell of an import: the spreadsheet row (the header is row 1), the column's letter as
 * Excel shows it ("C"; null when a whole column is missing), its Vietnamese header, its English key,
 * and what is wrong, in Vietnamese.
 */
public record ImportProblem(int row, String column, String header, String field, String message) {

    static ImportProblem at(int row, Integer columnIndex, ImportColumn column, String message) {
        return new ImportProblem(row, columnIndex == null ? null : ImportColumn.letter(columnIndex), column.header(),
                column.key(), message);
    }
}
