package vn.gov.sokhcn.kpi.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** One page of a list query in standard SQL ({@code LIMIT … OFFSET …}, on H2 and PostgreSQL alike). */
public final class Listing {
    private Listing() {
    }

    /** {@code select} is the column list, {@code from} the FROM clause with its joins. */
    public static <T> PageResponse<T> page(JdbcClient jdbc, String select, String from, Where where, String orderBy,
                                           Paging paging, RowMapper<T> rows) {
        long total = jdbc.sql("SELECT COUNT(*) " + from + where.sql()).params(where.params()).query(Long.class).single();
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<T> items = jdbc.sql("SELECT " + select + " " + from + where.sql() + " ORDER BY " + orderBy
                + " LIMIT :limit OFFSET :offset").params(params).query(rows).list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    public static <T> List<T> all(JdbcClient jdbc, String select, String from, Where where, String orderBy, RowMapper<T> rows) {
        return jdbc.sql("SELECT " + select + " " + from + where.sql() + " ORDER BY " + orderBy).params(where.params())
                .query(rows).list();
    }
}
