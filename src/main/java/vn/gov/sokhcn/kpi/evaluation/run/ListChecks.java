package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.ArrayList;
import java.util.List;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.system.EnumParameter;
import vn.gov.sokhcn.kpi.system.Paging;

/** Checks of the query parameters of the run lists: paging as everywhere ({@link Paging}), codes from a fixed list. */
final class ListChecks {

    private ListChecks() {
    }

    /** The paging asked for; valid once {@link #refuse} has passed. */
    static Paging check(Integer page, Integer size, List<FieldProblem> problems) {
        return Paging.of(page, size, problems);
    }

    static <E extends Enum<E>> void checkCode(String value, Class<E> type, String field, List<FieldProblem> problems) {
        EnumParameter.problem(type, value, field).ifPresent(problems::add);
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
