package vn.gov.sokhcn.kpi.security;

import java.util.Set;

/**
 * The units a unit head sees: their unit and every unit below it. Implemented by the organisation's unit
 * tree ({@code organisation.UnitTrees}); declared here so that security does not depend on organisation,
 * which depends on security.
 */
public interface SubUnits {
    Set<Long> withBelow(long unitId);
}
