package vn.gov.sokhcn.kpi.evaluation.policy;

/** How quantity, quality and progress combine, and the deductions for late and failed products. */
public class TaskCountRow extends PolicyRow {
    private Double quantityWeight;
    private Double qualityWeight;
    private Double progressWeight;
    private Double lateDeduction;
    private Double errorDeduction;

    public Double getQuantityWeight() { return quantityWeight; }
    public void setQuantityWeight(double v) { writable(); this.quantityWeight = v; }
    public Double getQualityWeight() { return qualityWeight; }
    public void setQualityWeight(double v) { writable(); this.qualityWeight = v; }
    public Double getProgressWeight() { return progressWeight; }
    public void setProgressWeight(double v) { writable(); this.progressWeight = v; }
    public Double getLateDeduction() { return lateDeduction; }
    public void setLateDeduction(double v) { writable(); this.lateDeduction = v; }
    public Double getErrorDeduction() { return errorDeduction; }
    public void setErrorDeduction(double v) { writable(); this.errorDeduction = v; }

    public double totalWeight() {
        return quantityWeight + qualityWeight + progressWeight;
    }

    @Override
    protected void check() {
        require(quantityWeight, "Trọng số số lượng");
        require(qualityWeight, "Trọng số chất lượng");
        require(progressWeight, "Trọng số tiến độ");
        require(lateDeduction, "Trừ mỗi sản phẩm chậm (%)");
        require(errorDeduction, "Trừ mỗi sản phẩm sai sót lớn (%)");
        if (quantityWeight != null && qualityWeight != null && progressWeight != null && totalWeight() <= 0) {
            problem("Trọng số số lượng", "tổng ba trọng số phải lớn hơn 0");
        }
    }
}
