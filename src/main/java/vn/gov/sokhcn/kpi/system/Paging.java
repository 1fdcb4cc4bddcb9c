package vn.gov.sokhcn.kpi.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} (from 0) and {@code size} query parameters of every list endpoint, checked the
 * same way everywhere; problems name the query parameter ({@code page}, {@code size}).
 */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    /** Checked parameters, or a 400 naming each bad one; missing ones are page 0 and {@value #DEFAULT_SIZE} a page. */
    public static Paging of(Integer page, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = of(page, size, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return paging;
    }

    /** Checked parameters; problems are added to {@code problems} for the caller to report with its own. */
    public static Paging of(Integer page, Integer size, List<FieldProblem> problems) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            problems.add(new FieldProblem("page", "Số trang phải từ 0 trở lên"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new FieldProblem("size", "Cỡ trang phải từ 1 đến " + MAX_SIZE));
        }
        return new Paging(Math.max(p, 0), Math.min(Math.max(s, 1), MAX_SIZE));
    }

    public long offset() {
        return (long) page * size;
    }

    public PageRequest request(Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}
