package vn.gov.sokhcn.kpi.outcome.bonus;

import vn.gov.sokhcn.kpi.evaluation.policy.Dates;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;

/** A bonus policy for the years ending in [yearEndFrom, yearEndBefore): its share (%) of the base salary fund. */
public class BonusFundRow extends PolicyRow {
    static final String SHARE = "Tỷ lệ quỹ thưởng (%)";

    private String policy;
    private String yearEndFrom;
    private String yearEndBefore;
    private Double sharePercent;
    private String basis;

    public String getPolicy() { return policy; }
    public void setPolicy(String policy) { writable(); this.policy = policy; }
    public String getYearEndFrom() { return yearEndFrom; }
    public void setYearEndFrom(String text) { writable(); this.yearEndFrom = read(() -> Dates.iso(text, "Năm kết thúc từ ngày")); }
    public String getYearEndBefore() { return yearEndBefore; }
    public void setYearEndBefore(String text) { writable(); this.yearEndBefore = read(() -> Dates.iso(text, "Năm kết thúc trước ngày")); }
    public Double getSharePercent() { return sharePercent; }
    public void setSharePercent(double sharePercent) { writable(); this.sharePercent = sharePercent; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { writable(); this.basis = basis; }


    @Override
    protected void check() {
        require(policy, "Mã chính sách");
        require(sharePercent, SHARE);
        if (sharePercent != null && (sharePercent < 0 || sharePercent > 100)) {
            problem(SHARE, "tỷ lệ phải từ 0 đến 100");
        }
    }
}
