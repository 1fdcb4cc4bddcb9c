package vn.gov.sokhcn.kpi.system;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A query parameter that must name a constant of an enum, refused in Vietnamese with the values allowed. */
public final class EnumParameter {
    private EnumParameter() {
    }

    /** The problem of a parameter whose {@code value} names no constant of {@code type}; none when it is absent (null). */
    public static <E extends Enum<E>> Optional<FieldProblem> problem(Class<E> type, String value, String parameter) {
        if (value == null || Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value))) {
            return Optional.empty();
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return Optional.of(new FieldProblem(parameter, "Giá trị «" + value + "» không hợp lệ; chỉ nhận một trong: " + allowed));
    }
}
