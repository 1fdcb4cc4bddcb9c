package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.List;
import java.util.Map;

/** A file read into rows: where each known column is (zero-based index), the rows, and problems of the header. */
record ParsedSheet(Map<ImportColumn, Integer> columns, List<RawRow> rows, List<ImportProblem> headerProblems) {

    Integer index(ImportColumn column) {
        return columns.get(column);
    }
}
