package vn.gov.sokhcn.kpi.evaluation.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in tables are typed as text yyyy-MM-dd, so that Excel cannot turn them into serial numbers. */
public final class Dates {
    private Dates() {
    }

    public static String iso(String text, String column) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).toString();
        } catch (DateTimeParseException e) {
            throw new PolicyRowException(column, "ngày \"" + text + "\" không đúng dạng năm-tháng-ngày (ví dụ 2026-01-01)");
        }
    }
}
