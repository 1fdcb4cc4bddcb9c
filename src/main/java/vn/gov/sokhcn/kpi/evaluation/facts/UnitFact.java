package vn.gov.sokhcn.kpi.evaluation.facts;

import java.util.List;

/** A unit; {@code ancestry} lists its own code and every unit above it, up to the agency. */
public record UnitFact(String code, String name, String parent, boolean sanctioned, String agency,
                       List<String> ancestry) {
}
