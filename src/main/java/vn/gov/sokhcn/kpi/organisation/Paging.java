package vn.gov.sokhcn.kpi.organisation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.gov.sokhcn.kpi.evaluation.api.FieldProblem;
import vn.gov.sokhcn.kpi.evaluation.api.InvalidRequestException;

/** The {@code page} (from 0) and {@code size} query parameters of a list endpoint, checked. */
final class Paging {
    static final int MAX_SIZE = 500;

    private Paging() {
    }

    static PageRequest of(int page, int size, Sort sort) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "Số trang phải từ 0 trở lên"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "Cỡ trang phải từ 1 đến " + MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return PageRequest.of(page, size, sort);
    }
}
