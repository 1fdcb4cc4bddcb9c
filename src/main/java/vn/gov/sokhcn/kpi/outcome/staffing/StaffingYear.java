package vn.gov.sokhcn.kpi.outcome.staffing;

/** The year the flags are raised for: the last of the consecutive years. */
public record StaffingYear(int year) {
}
