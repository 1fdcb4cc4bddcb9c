package vn.gov.sokhcn.kpi.kpi;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum value of a query parameter, refused in Vietnamese with the values allowed. */
public final class Enums {
    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw Problems.of(parameter, "Giá trị «" + value + "» không hợp lệ; chỉ nhận một trong: " + allowed);
    }
}
