package vn.gov.sokhcn.kpi.console.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * The values of a submitted form, read as the services take them; a value that cannot be read at all (not
 * a date, not a number, no such rating) is noted in Vietnamese and passed on as missing, so the service
 * still names every other problem.
 */
final class FormValues {
    private final Map<String, String> form;
    private final List<String> unreadable = new ArrayList<>();

    FormValues(Map<String, String> form) {
        this.form = form;
    }

    String text(String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    LocalDate date(String name, String label) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            unreadable.add(label + ": «" + value + "» không phải là ngày (dạng 2027-01-15)");
            return null;
        }
    }

    BigDecimal number(String name, String label) {
        String value = text(name);
        try {
            return value == null ? null : new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            unreadable.add(label + ": «" + value + "» không phải là số");
            return null;
        }
    }

    Integer whole(String name, String label) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            unreadable.add(label + ": «" + value + "» phải là số nguyên");
            return null;
        }
    }

    Rating rating(String name, String label) {
        String value = text(name);
        try {
            return value == null ? null : Rating.valueOf(value);
        } catch (IllegalArgumentException e) {
            unreadable.add(label + ": «" + value + "» không phải là mức xếp loại");
            return null;
        }
    }

    List<String> unreadable() {
        return unreadable;
    }
}
