package vn.gov.sokhcn.kpi.kpi;

import vn.gov.sokhcn.kpi.system.EnumParameter;

/** An enum value of a query parameter, refused in Vietnamese with the values allowed. */
public final class Enums {
    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        EnumParameter.problem(type, value, parameter).ifPresent(p -> {
            throw Problems.of(p.field(), p.message());
        });
        return Enum.valueOf(type, value);
    }
}
