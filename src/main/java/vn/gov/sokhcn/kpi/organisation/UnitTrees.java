package vn.gov.sokhcn.kpi.organisation;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.SubUnits;

/**
 * Reads the unit tree. Not cached: units change through the API at any time, and one read of a few
 * hundred rows per request is cheaper than getting invalidation right; a caller loads it once and
 * walks it as often as it needs.
 */
@Component
public class UnitTrees implements SubUnits {
    private final JdbcClient jdbc;

    UnitTrees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UnitTree load() {
        return new UnitTree(jdbc.sql("SELECT id, code, name, parent_id, agency, sort_order FROM units ORDER BY sort_order, code")
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                        rs.getBoolean(5), rs.getInt(6)))
                .list());
    }

    @Override
    public Set<Long> withBelow(long unitId) {
        return load().withBelow(unitId);
    }
}
