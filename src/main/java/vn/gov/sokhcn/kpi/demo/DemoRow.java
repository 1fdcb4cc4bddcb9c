package vn.gov.sokhcn.kpi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One row of a demo file: its values by column name, and where it came from for error messages. */
record DemoRow(String file, long line, Map<String, String> values) {

    /** A value that must be there. */
    String text(String column) {
        String value = optional(column);
        if (value == null) {
            throw new IllegalStateException("Dữ liệu mẫu " + file + " dòng " + line + ": thiếu giá trị cột «" + column + "»");
        }
        return value;
    }

    /** A value, or null when the cell is empty. */
    String optional(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalStateException("Dữ liệu mẫu " + file + ": không có cột «" + column + "»");
        }
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    BigDecimal decimal(String column) {
        String value = optional(column);
        return value == null ? null : new BigDecimal(value);
    }

    LocalDate date(String column) {
        String value = optional(column);
        return value == null ? null : LocalDate.parse(value);
    }

    boolean flag(String column) {
        return Boolean.parseBoolean(optional(column));
    }
}
