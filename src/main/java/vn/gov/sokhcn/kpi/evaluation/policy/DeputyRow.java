package vn.gov.sokhcn.kpi.evaluation.policy;

/** The unit component of a deputy head: the percent of task points kept, by subordinates' results. */
public class DeputyRow extends PolicyRow {
    private Boolean anySubordinateKhtnv;
    private Double percent;

    public Boolean getAnySubordinateKhtnv() { return anySubordinateKhtnv; }
    public void setAnySubordinateKhtnvText(String v) { writable(); this.anySubordinateKhtnv = read(() -> Codes.flag(v, "Có người dưới quyền KHTNV")); }
    public Double getPercent() { return percent; }
    public void setPercent(double percent) { writable(); this.percent = percent; }

    @Override
    protected void check() {
        require(anySubordinateKhtnv, "Có cấp dưới KHTNV");
        require(percent, "Thành phần đơn vị (%)");
    }
}
