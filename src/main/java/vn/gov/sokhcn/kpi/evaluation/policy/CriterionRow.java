package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.Set;

/** One general criterion and the most points it may be given. */
public class CriterionRow extends PolicyRow {
    public static final Set<String> CODES = Set.of("POLITICS", "ETHICS", "STYLE", "DISCIPLINE");

    private String code;
    private Double max;

    public String getCode() { return code; }
    public void setCode(String code) { writable(); this.code = code; }
    public Double getMax() { return max; }
    public void setMax(double max) { writable(); this.max = max; }

    @Override
    protected void check() {
        require(code, "Mã tiêu chí");
        require(max, "Điểm tối đa");
        if (code != null && !CODES.contains(code)) {
            problem("Mã tiêu chí", "mã \"" + code + "\" không có; chỉ được dùng " + CODES);
        }
    }
}
