package vn.gov.sokhcn.kpi.outcome.staffing;

/** The flag that applies to a person: the one of highest priority among those they qualify for. */
public record ChosenFlag(StaffingFlag flag) {
}
