package vn.gov.sokhcn.kpi.evaluation.facts;

import java.util.List;

/**
 * A unit; {@code ancestry} lists its own code and every unit above it, up to the agency.
 * {@code rolledUp}: the unit's result is the average of its {@link UnitMonthResult}s, not the
 * achievement of its own assignments.
 */
public record UnitFact(String code, String name, String parent, boolean sanctioned, String agency,
                       List<String> ancestry, boolean rolledUp) {
}
