package vn.gov.sokhcn.kpi.outcome.bonus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/** The agencies (units with agency = true) and which agency each unit belongs to: its nearest agency, itself included. */
@Component
class Agencies {
    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Agency(long id, String code, String name) {
    }

    private record UnitRow(long id, String code, String name, Long parent, boolean agency) {
    }

    Agency byCode(String code) {
        UnitRow unit = units().values().stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("cơ quan", code));
        if (!unit.agency()) {
            throw new ConflictException("Đơn vị «" + code + "» không phải là cơ quan (agency) nên không có quỹ thưởng riêng.");
        }
        return new Agency(unit.id(), unit.code(), unit.name());
    }

    /** The ids of the units whose nearest agency is this one. */
    List<Long> unitsOf(Agency agency) {
        Map<Long, UnitRow> units = units();
        return units.values().stream().filter(u -> agencyOf(u, units) == agency.id()).map(UnitRow::id).toList();
    }

    private static long agencyOf(UnitRow unit, Map<Long, UnitRow> units) {
        UnitRow at = unit;
        while (at != null && !at.agency()) {
            at = at.parent() == null ? null : units.get(at.parent());
        }
        return at == null ? -1 : at.id();
    }

    private Map<Long, UnitRow> units() {
        Map<Long, UnitRow> units = new HashMap<>();
        jdbc.sql("SELECT id, code, name, parent_id, agency FROM units").query((rs, n) -> new UnitRow(rs.getLong(1),
                rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getBoolean(5)))
                .list().forEach(u -> units.put(u.id(), u));
        return units;
    }
}
