package vn.gov.sokhcn.kpi.report;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The units as a tree, read once per report: a unit with every unit below it, and each unit's nearest agency. */
final class UnitTree {
    record Unit(long id, String code, String name, Long parent, boolean agency, int sortOrder) {
    }

    private final Map<Long, Unit> byId = new LinkedHashMap<>();

    UnitTree(JdbcClient jdbc) {
        jdbc.sql("SELECT id, code, name, parent_id, agency, sort_order FROM units ORDER BY sort_order, code")
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                        rs.getBoolean(5), rs.getInt(6)))
                .list().forEach(u -> byId.put(u.id(), u));
    }

    Optional<Unit> byCode(String code) {
        return byId.values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    Unit byId(long id) {
        return byId.get(id);
    }

    /** The unit and every unit below it, in the tree's order. */
    Set<Long> withSubUnits(long unitId) {
        Set<Long> found = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (found.add(id)) {
                byId.values().stream().filter(u -> Long.valueOf(id).equals(u.parent())).forEach(u -> todo.add(u.id()));
            }
        }
        return found;
    }

    Set<Long> all() {
        return byId.keySet();
    }

    /** The nearest agency of a unit, itself included; empty when none is above it. */
    Optional<Unit> agencyOf(long unitId) {
        Unit at = byId.get(unitId);
        while (at != null && !at.agency()) {
            at = at.parent() == null ? null : byId.get(at.parent());
        }
        return Optional.ofNullable(at);
    }

    /** These units in the tree's order (sort order, then code). */
    List<Unit> ordered(Set<Long> ids) {
        return ids.stream().map(byId::get).sorted(Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::code)).toList();
    }
}
