package vn.gov.sokhcn.kpi.evaluation.policy;

/** Floor and cap of an achievement, and what counts as completed and as exceeded. */
public class LimitRow extends PolicyRow {
    private Double floor;
    private Double cap;
    private Double completedAt;
    private Double exceededAbove;

    public Double getFloor() { return floor; }
    public void setFloor(double floor) { writable(); this.floor = floor; }
    public Double getCap() { return cap; }
    public void setCap(double cap) { writable(); this.cap = cap; }
    public Double getCompletedAt() { return completedAt; }
    public void setCompletedAt(double completedAt) { writable(); this.completedAt = completedAt; }
    public Double getExceededAbove() { return exceededAbove; }
    public void setExceededAbove(double exceededAbove) { writable(); this.exceededAbove = exceededAbove; }

    @Override
    protected void check() {
        require(floor, "Mức đạt tối thiểu (%)");
        require(cap, "Mức đạt tối đa (%)");
        require(completedAt, "Hoàn thành khi đạt từ (%)");
        require(exceededAbove, "Vượt khi đạt trên (%)");
        if (floor != null && cap != null && floor > cap) {
            problem("Mức đạt tối thiểu (%)", "mức tối thiểu lớn hơn mức tối đa");
        }
    }
}
