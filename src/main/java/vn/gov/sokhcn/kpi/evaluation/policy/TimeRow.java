package vn.gov.sokhcn.kpi.evaluation.policy;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * A restriction by time worked and leave in a period of one kind: months worked in
 * [workedFrom, workedBelow) and months of leave in [leaveFrom, leaveBelow) (empty = no bound),
 * for maternity leave or not (empty = either), give at most {@code outcome} (NOT_RATED included).
 */
public class TimeRow extends PolicyRow {
    private String periodKind;
    private Double workedFrom;
    private Double workedBelow;
    private Double leaveFrom;
    private Double leaveBelow;
    private Boolean maternity;
    private Rating outcome;

    public String getPeriodKind() { return periodKind; }
    public void setPeriodKind(String periodKind) { writable(); this.periodKind = periodKind; }
    public Double getWorkedFrom() { return workedFrom; }
    public void setWorkedFrom(double v) { writable(); this.workedFrom = v; }
    public Double getWorkedBelow() { return workedBelow; }
    public void setWorkedBelow(double v) { writable(); this.workedBelow = v; }
    public Double getLeaveFrom() { return leaveFrom; }
    public void setLeaveFrom(double v) { writable(); this.leaveFrom = v; }
    public Double getLeaveBelow() { return leaveBelow; }
    public void setLeaveBelow(double v) { writable(); this.leaveBelow = v; }
    public Boolean getMaternity() { return maternity; }
    public void setMaternityText(String maternity) { writable(); this.maternity = read(() -> Codes.flag(maternity, "Nghỉ thai sản")); }
    public Rating getOutcome() { return outcome; }
    public void setOutcomeCode(String code) { writable(); this.outcome = read(() -> Codes.rating(code, "Kết quả tối đa")); }

    public boolean matches(double worked, double leave, boolean onMaternity) {
        return within(worked, workedFrom, workedBelow) && within(leave, leaveFrom, leaveBelow)
                && (maternity == null || maternity == onMaternity);
    }

    private static boolean within(double v, Double from, Double below) {
        return (from == null || v >= from) && (below == null || v < below);
    }

    @Override
    protected void check() {
        read(() -> Codes.oneOf(periodKind, java.util.Set.of("MONTH", "QUARTER", "YEAR"), "Loại kỳ"));
        require(outcome, "Kết quả tối đa");
    }
}
