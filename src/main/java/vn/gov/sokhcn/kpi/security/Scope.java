package vn.gov.sokhcn.kpi.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides the signed-in user's {@link Visibility} from their role and the employee they are: a unit
 * head's unit is the one they belong to now, with every unit below it in the tree.
 */
@Component
public class Scope {
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final SubUnits subUnits;

    Scope(CurrentUser currentUser, JdbcClient jdbc, SubUnits subUnits) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.subUnits = subUnits;
    }

    public Visibility visibility() {
        Role role = currentUser.role().orElse(null);
        if (role == null) {
            return Visibility.NOBODY;
        }
        java.util.Optional<String> tokenUnit = currentUser.scopeUnit();
        if (tokenUnit.isPresent()) {
            // An API token confined to a unit sees it and the units below, whatever its role reaches otherwise.
            return unitId(tokenUnit.get()).map(id -> Visibility.units(subUnits.withBelow(id))).orElse(Visibility.NOBODY);
        }
        return switch (role) {
            case ADMIN, HR_OFFICER, EXPERT -> Visibility.EVERYONE;
            case EMPLOYEE -> employee().map(e -> Visibility.self(e.id())).orElse(Visibility.NOBODY);
            case UNIT_HEAD -> employee().map(e -> Visibility.units(subUnits.withBelow(e.unitId()))).orElse(Visibility.NOBODY);
        };
    }

    /** Throws a 403 with {@code message} unless the user may see this person. */
    public void requireEmployee(long employeeId, Long unitOfEmployee, String message) {
        if (!visibility().seesEmployee(employeeId, unitOfEmployee)) {
            throw new ScopeDeniedException(message);
        }
    }

    /** Throws a 403 with {@code message} unless the user may see this unit's people. */
    public void requireUnit(long unitId, String message) {
        if (!visibility().seesUnit(unitId)) {
            throw new ScopeDeniedException(message);
        }
    }

    private record Me(long id, long unitId) {
    }

    private java.util.Optional<Long> unitId(String code) {
        return jdbc.sql("SELECT id FROM units WHERE code = ?").param(code).query(Long.class).optional();
    }

    private java.util.Optional<Me> employee() {
        return currentUser.employeeCode().flatMap(code -> jdbc.sql("SELECT id, unit_id FROM employees WHERE code = ?")
                .param(code).query((rs, n) -> new Me(rs.getLong("id"), rs.getLong("unit_id"))).optional());
    }
}
