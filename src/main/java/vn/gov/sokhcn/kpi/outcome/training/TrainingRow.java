package vn.gov.sokhcn.kpi.outcome.training;

import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;

/** The row of «Nhu cầu đào tạo» (decision-tables/nhan-su.drl.xlsx): how far below the required level makes a need. */
public class TrainingRow extends PolicyRow {
    private Integer minimumGap;
    private String basis;

    public Integer getMinimumGap() { return minimumGap; }
    public void setMinimumGap(int minimumGap) { writable(); this.minimumGap = minimumGap; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { writable(); this.basis = basis; }

    @Override
    protected void check() {
        require(minimumGap, "Chênh lệch tối thiểu (mức)");
        if (minimumGap != null && minimumGap < 1) {
            problem("Chênh lệch tối thiểu (mức)", "phải từ 1 mức trở lên");
        }
    }
}
