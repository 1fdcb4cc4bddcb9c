package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.sokhcn.kpi.evaluation.api.FieldProblem;
import vn.gov.sokhcn.kpi.evaluation.api.InvalidRequestException;

/** Checks of list parameters: a page from 0, a size from 1 to {@value #MAX_SIZE}, codes from a fixed list. */
final class Paging {
    static final int MAX_SIZE = 100;

    private Paging() {
    }

    static void check(int page, int size, List<FieldProblem> problems) {
        if (page < 0) {
            problems.add(new FieldProblem("$.page", "Số trang bắt đầu từ 0"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("$.size", "Cỡ trang phải từ 1 đến " + MAX_SIZE));
        }
    }

    static <E extends Enum<E>> void checkCode(String value, Class<E> type, String field, List<FieldProblem> problems) {
        if (value != null && Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(value))) {
            problems.add(new FieldProblem("$." + field, "Giá trị «" + value + "» không hợp lệ; chỉ nhận một trong: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    static List<FieldProblem> problems() {
        return new ArrayList<>();
    }
}
