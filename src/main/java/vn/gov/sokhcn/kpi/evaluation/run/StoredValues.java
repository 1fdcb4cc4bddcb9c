package vn.gov.sokhcn.kpi.evaluation.run;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reading stored columns: numbers that may be null, and codes that must be one of an enum's. */
final class StoredValues {
    private StoredValues() {
    }

    static Double number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    /** The enum constant named {@code code}; an unknown code is a problem of the input (and null). */
    static <E extends Enum<E>> E enumValue(Class<E> type, String code, String subject, String field, String label,
                                            List<RunInputProblem> problems) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            problems.add(new RunInputProblem(subject, field, label + " «" + code + "» của " + subject
                    + " không hợp lệ; chỉ nhận một trong: " + allowed));
            return null;
        }
    }
}
