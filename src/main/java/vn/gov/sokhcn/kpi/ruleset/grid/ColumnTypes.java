package vn.gov.sokhcn.kpi.ruleset.grid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.ruleset.TableLayout;
import vn.gov.sokhcn.kpi.ruleset.grid.GridColumn.Type;

/**
 * The type of a decision-table column: a number where its template takes {@code $param}; for a text, a list bound
 * to its cells in the workbook, else what its values are (all Có/Không, all rating codes, all dates yyyy-mm-dd).
 * The refusal of a value outside its type says what the rule rows would say of it at validation.
 */
final class ColumnTypes {
    static final List<String> FLAGS = List.of("Có", "Không");

    private ColumnTypes() {
    }

    static GridColumn of(Sheet sheet, TableLayout.Column column, List<String> values, int firstDataRow) {
        boolean readOnly = !column.template().contains("$param");
        if (!readOnly && !column.takesText()) {
            return new GridColumn(column.letter(), column.label(), Type.NUMBER, List.of(), false);
        }
        List<String> list = listOf(sheet, CellReference.convertColStringToIndex(column.letter()), firstDataRow - 1);
        if (!list.isEmpty()) {
            return new GridColumn(column.letter(), column.label(), Type.LIST, list, readOnly);
        }
        List<String> filled = values.stream().filter(v -> !v.isEmpty()).toList();
        if (!filled.isEmpty() && FLAGS.containsAll(filled)) {
            return new GridColumn(column.letter(), column.label(), Type.FLAG, FLAGS, readOnly);
        }
        List<String> ratings = Arrays.stream(Rating.values()).map(Rating::name).toList();
        if (!filled.isEmpty() && ratings.containsAll(filled)) {
            return new GridColumn(column.letter(), column.label(), Type.RATING, ratings, readOnly);
        }
        if (!filled.isEmpty() && filled.stream().allMatch(ColumnTypes::isDate)) {
            return new GridColumn(column.letter(), column.label(), Type.DATE, List.of(), readOnly);
        }
        return new GridColumn(column.letter(), column.label(), Type.TEXT, List.of(), readOnly);
    }

    /** Why a value does not fit its column, beyond what an upload's literal check says; {@code null} when it fits. */
    static String problem(GridColumn column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return switch (column.type()) {
            case FLAG -> column.allowed().contains(value) ? null
                    : "giá trị \"" + value + "\" không hợp lệ; chỉ được ghi Có hoặc Không";
            case RATING -> column.allowed().contains(value) ? null
                    : "Mã xếp loại không hợp lệ: \"" + value + "\" (chỉ được dùng HTXSNV, HTTNV, HTNV, KHTNV hoặc NOT_RATED)";
            case DATE -> isDate(value) ? null : "ngày \"" + value + "\" không đúng dạng năm-tháng-ngày (ví dụ 2026-01-01)";
            case LIST -> column.allowed().contains(value) ? null
                    : "giá trị \"" + value + "\" không có trong danh sách của cột: " + String.join(", ", column.allowed());
            default -> null;
        };
    }

    private static boolean isDate(String text) {
        try {
            return LocalDate.parse(text).toString().equals(text);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The values of an explicit list validation covering the column's first data cell, empty when none. */
    private static List<String> listOf(Sheet sheet, int col, int row) {
        for (DataValidation validation : sheet.getDataValidations()) {
            if (validation.getValidationConstraint().getValidationType() != ValidationType.LIST) {
                continue;
            }
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, col)) {
                    String[] explicit = validation.getValidationConstraint().getExplicitListValues();
                    return explicit == null ? List.of() : new ArrayList<>(Arrays.stream(explicit).map(String::strip).toList());
                }
            }
        }
        return List.of();
    }
}
