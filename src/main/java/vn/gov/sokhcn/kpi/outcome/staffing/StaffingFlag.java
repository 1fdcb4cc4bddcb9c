package vn.gov.sokhcn.kpi.outcome.staffing;

import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.Reason;

/** A flag a person qualifies for by one row of «Cảnh báo nhân sự», with the years that decided it. */
public record StaffingFlag(String employee, int priority, StaffingRow row, List<AnnualRating> years, Reason reason) {
}
