package vn.gov.sokhcn.kpi.kpi;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * Business codes to ids and back, by plain queries: JSON names units, employees, periods… by code,
 * the aggregates hold ids. Read through JdbcClient so that this feature needs no other feature's classes.
 */
@Component
public class Codes {
    private final JdbcClient jdbc;

    public Codes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> find(Ref ref, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM " + ref.table() + " WHERE code = :code").param("code", code)
                .query(Long.class).optional();
    }

    /** The id of a code named in the address or a query parameter; unknown: 404. */
    public long require(Ref ref, String code) {
        return find(ref, code).orElseThrow(() -> new NotFoundException(ref.noun(), code));
    }

    /** The id of a code named in a request body; unknown: a problem at {@code field}, null returned. */
    public Long resolve(Ref ref, String code, String field, Problems problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<Long> id = find(ref, code);
        if (id.isEmpty()) {
            problems.add(field, "Không tìm thấy " + ref.noun() + " «" + code + "»");
        }
        return id.orElse(null);
    }

    /** The id of an optional filter: null when not given, 404 when unknown. */
    public Long filter(Ref ref, String code) {
        return code == null || code.isBlank() ? null : require(ref, code);
    }

    public String code(Ref ref, Long id) {
        if (id == null) {
            return null;
        }
        return jdbc.sql("SELECT code FROM " + ref.table() + " WHERE id = :id").param("id", id).query(String.class).single();
    }

    public Map<Long, String> codes(Ref ref, Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, code FROM " + ref.table() + " WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, n) -> codes.put(rs.getLong(1), rs.getString(2))).list();
        }
        return codes;
    }
}
