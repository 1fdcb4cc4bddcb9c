package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * A person counted in one unit of their chain: their own unit and each unit above it, with their
 * leadership rank. The unit tree as facts, one per link, so that rules find the people under a
 * leader's unit by an equality the engine indexes ({@code unit == $unit}) instead of testing every
 * person's chain ({@code $unit memberOf unitAncestry}), which the profile showed as the hot spot of
 * large evaluations. Inserted with each {@link EmployeeFact}; the rules decide who counts.
 */
public record UnitMember(String unit, String employeeId, int rank) {
}
