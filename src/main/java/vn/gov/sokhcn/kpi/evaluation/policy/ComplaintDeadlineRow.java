package vn.gov.sokhcn.kpi.evaluation.policy;

/**
 * The complaint deadlines of a published rating (Law on Complaints 2011): days to file after
 * publication, days the competent person has to resolve. Read by the appraisal procedure.
 */
public class ComplaintDeadlineRow extends PolicyRow {
    private Double filingDays;
    private Double resolutionDays;
    private String basis;

    public Double getFilingDays() { return filingDays; }
    public void setFilingDays(double days) { writable(); this.filingDays = days; }
    public Double getResolutionDays() { return resolutionDays; }
    public void setResolutionDays(double days) { writable(); this.resolutionDays = days; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { writable(); this.basis = basis; }

    @Override
    protected void check() {
        wholeDays(filingDays, "Số ngày được khiếu nại");
        wholeDays(resolutionDays, "Số ngày giải quyết");
    }

    private void wholeDays(Double days, String column) {
        require(days, column);
        if (days != null && (days < 1 || days != Math.floor(days))) {
            problem(column, "cần một số ngày nguyên dương; đang có " + Numbers.vi(days));
        }
    }
}
