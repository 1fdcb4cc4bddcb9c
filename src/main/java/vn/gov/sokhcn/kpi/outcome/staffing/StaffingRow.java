package vn.gov.sokhcn.kpi.outcome.staffing;

import java.util.Set;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRowException;

/**
 * A row of «Cảnh báo nhân sự» (decision-tables/nhan-su.drl.xlsx): the annual rating that, held for
 * the given number of consecutive years, raises a flag; the smallest priority wins.
 */
public class StaffingRow extends PolicyRow {
    static final Set<String> FLAGS = Set.of("DISMISSAL_REVIEW", "REASSIGNMENT_REVIEW", "SUCCESSION_PLAN");

    private String flag;
    private Rating rating;
    private Integer years;
    private Integer priority;
    private String flagLabel;
    private String basis;

    public String getFlag() { return flag; }
    public void setFlagCode(String code) {
        writable();
        if (FLAGS.contains(code)) {
            flag = code;
        } else {
            problem("Mã cảnh báo", "mã \"" + code + "\" không có; chỉ được dùng " + String.join(", ", FLAGS.stream().sorted().toList()));
        }
    }
    public Rating getRating() { return rating; }
    public void setRatingCode(String code) {
        writable();
        rating = read(() -> {
            try {
                return Rating.ofCode(code);
            } catch (IllegalArgumentException e) {
                throw new PolicyRowException("Xếp loại cả năm", e.getMessage());
            }
        });
    }
    public Integer getYears() { return years; }
    public void setYears(int years) { writable(); this.years = years; }
    public Integer getPriority() { return priority; }
    public void setPriority(int priority) { writable(); this.priority = priority; }
    public String getFlagLabel() { return flagLabel; }
    public void setFlagLabel(String flagLabel) { writable(); this.flagLabel = flagLabel; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { writable(); this.basis = basis; }

    @Override
    protected void check() {
        require(rating, "Xếp loại cả năm");
        require(years, "Số năm liên tiếp");
        require(priority, "Ưu tiên (1 là cao nhất)");
        require(flagLabel, "Nội dung cảnh báo");
        if (years != null && years < 1) {
            problem("Số năm liên tiếp", "phải từ 1 năm trở lên");
        }
    }
}
