package vn.gov.sokhcn.kpi.ruleset.grid;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidations;

/**
 * Keeps a sheet's data validations (the lists Excel offers in a cell) on their rows when rows are inserted or
 * removed: POI's row shift moves cells, formulas, names and merged regions but leaves validations where they were.
 * A validation covering the row above an inserted row grows over it, as Excel does.
 */
final class ValidationRanges {
    private ValidationRanges() {
    }

    /** A row inserted at {@code at} (0-based): ranges from it move down; a range ending just above it grows. */
    static void inserted(XSSFSheet sheet, int at) {
        adjust(sheet, r -> {
            if (r.getFirstRow() >= at) {
                return new CellRangeAddress(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn());
            }
            return r.getLastRow() >= at - 1
                    ? new CellRangeAddress(r.getFirstRow(), r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()) : r;
        });
    }

    /** The row {@code at} (0-based) removed: ranges below move up, a range over it shrinks, one only on it goes. */
    static void removed(XSSFSheet sheet, int at) {
        adjust(sheet, r -> {
            if (r.getFirstRow() > at) {
                return new CellRangeAddress(r.getFirstRow() - 1, r.getLastRow() - 1, r.getFirstColumn(), r.getLastColumn());
            }
            if (r.getLastRow() < at) {
                return r;
            }
            return r.getFirstRow() == r.getLastRow() ? null
                    : new CellRangeAddress(r.getFirstRow(), r.getLastRow() - 1, r.getFirstColumn(), r.getLastColumn());
        });
    }

    private static void adjust(XSSFSheet sheet, java.util.function.UnaryOperator<CellRangeAddress> move) {
        CTDataValidations all = sheet.getCTWorksheet().getDataValidations();
        if (all == null) {
            return;
        }
        for (int i = all.sizeOfDataValidationArray() - 1; i >= 0; i--) {
            CTDataValidation validation = all.getDataValidationArray(i);
            List<String> ranges = new ArrayList<>();
            for (Object part : validation.getSqref()) {
                for (String ref : part.toString().split(" ")) {
                    CellRangeAddress moved = move.apply(CellRangeAddress.valueOf(ref));
                    if (moved != null) {
                        ranges.add(moved.formatAsString());
                    }
                }
            }
            if (ranges.isEmpty()) {
                all.removeDataValidation(i);
            } else {
                validation.setSqref(ranges);
            }
        }
        all.setCount(all.sizeOfDataValidationArray());
    }
}
