package vn.gov.sokhcn.kpi.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whose data the signed-in user may see: everyone (HR officers, experts, administrators), the people
 * and units of their own unit and its sub-units (a unit head), or only themselves (a member of staff).
 * Queries add {@link #condition}; single objects are checked with {@link #seesEmployee}/{@link #seesUnit}.
 */
public record Visibility(boolean everyone, Long employeeId, Set<Long> unitIds) {
    static final Visibility EVERYONE = new Visibility(true, null, Set.of());
    static final Visibility NOBODY = new Visibility(false, null, Set.of());

    static Visibility self(long employeeId) {
        return new Visibility(false, employeeId, Set.of());
    }

    static Visibility units(Set<Long> unitIds) {
        return new Visibility(false, null, Set.copyOf(unitIds));
    }

    /** A unit head's view: any row whose unit is one of theirs. */
    public boolean byUnit() {
        return !everyone && employeeId == null && !unitIds.isEmpty();
    }

    public boolean seesEmployee(long employee, Long unitOfEmployee) {
        return everyone || (employeeId != null && employeeId == employee)
                || (unitOfEmployee != null && unitIds.contains(unitOfEmployee));
    }

    public boolean seesUnit(long unit) {
        return everyone || unitIds.contains(unit);
    }

    /**
     * An SQL condition keeping the visible rows: {@code employeeColumn} is the row's person, each of
     * {@code unitColumns} a unit the row belongs to. Its parameters are named scope*.
     */
    public Condition condition(String employeeColumn, String... unitColumns) {
        Map<String, Object> params = new HashMap<>();
        if (everyone) {
            return new Condition("1 = 1", params);
        }
        if (employeeId != null) {
            params.put("scopeEmployee", employeeId);
            return new Condition(employeeColumn + " = :scopeEmployee", params);
        }
        if (unitIds.isEmpty() || unitColumns.length == 0) {
            return new Condition("1 = 0", params);
        }
        params.put("scopeUnits", unitIds);
        StringBuilder any = new StringBuilder("(");
        for (int i = 0; i < unitColumns.length; i++) {
            any.append(i == 0 ? "" : " OR ").append(unitColumns[i]).append(" IN (:scopeUnits)");
        }
        return new Condition(any.append(")").toString(), params);
    }

    /** A condition of a query with its named parameters. */
    public record Condition(String sql, Map<String, Object> params) {
    }
}
