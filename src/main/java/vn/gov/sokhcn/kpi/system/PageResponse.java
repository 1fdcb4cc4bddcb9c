package vn.gov.sokhcn.kpi.system;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list endpoint: {@code items}, the zero-based {@code page}, its {@code size} and the {@code total}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> view) {
        return new PageResponse<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
