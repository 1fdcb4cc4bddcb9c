package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the template's columns in a file's first row, by Vietnamese header or English key. A header
 * the template does not have, a column given twice, and a missing column the import needs are problems.
 */
final class HeaderRow {

    private HeaderRow() {
    }

    static ParsedSheet columns(List<String> headers, List<ImportProblem> problems) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.byHeader(text);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(1, ImportColumn.letter(i), text.strip(), null,
                        "Cột «" + text.strip() + "» không có trong mẫu nhập"));
            } else if (columns.containsKey(column.get())) {
                problems.add(ImportProblem.at(1, i, column.get(), "Cột «" + column.get().header() + "» lặp lại (đã có ở cột "
                        + ImportColumn.letter(columns.get(column.get())) + ")"));
            } else {
                columns.put(column.get(), i);
            }
        }
        for (ImportColumn needed : List.of(ImportColumn.INDICATOR_CODE, ImportColumn.WEIGHT)) {
            if (!columns.containsKey(needed)) {
                problems.add(ImportProblem.at(1, null, needed, "Thiếu cột «" + needed.header() + "»"));
            }
        }
        if (!columns.containsKey(ImportColumn.EMPLOYEE_CODE) && !columns.containsKey(ImportColumn.UNIT_CODE)) {
            problems.add(ImportProblem.at(1, null, ImportColumn.EMPLOYEE_CODE,
                    "Thiếu cột «Mã cán bộ» và cột «Mã đơn vị»; cần ít nhất một trong hai"));
        }
        return new ParsedSheet(columns, new ArrayList<>(), problems);
    }
}
