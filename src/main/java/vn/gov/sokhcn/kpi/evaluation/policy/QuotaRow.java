package vn.gov.sokhcn.kpi.evaluation.policy;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** The number rated {@code limited} may not exceed {@code percent}% (floor) of those rated {@code base}. */
public class QuotaRow extends PolicyRow {
    private Rating limited;
    private Rating base;
    private Double percent;
    private Rating moveTo;
    private String basis;

    public Rating getLimited() { return limited; }
    public void setLimitedCode(String code) { writable(); this.limited = read(() -> Codes.rating(code, "Xếp loại bị giới hạn")); }
    public Rating getBase() { return base; }
    public void setBaseCode(String code) { writable(); this.base = read(() -> Codes.rating(code, "Tính trên số người xếp loại")); }
    public Double getPercent() { return percent; }
    public void setPercent(double percent) { writable(); this.percent = percent; }
    public Rating getMoveTo() { return moveTo; }
    public void setMoveToCode(String code) { writable(); this.moveTo = read(() -> Codes.rating(code, "Chuyển xuống")); }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { writable(); this.basis = basis; }

    /** The most people who may hold the limited rating when {@code baseCount} hold the base rating. */
    public long limitFor(long baseCount) {
        return (long) Math.floor(baseCount * percent / 100.0);
    }

    @Override
    protected void check() {
        require(limited, "Xếp loại bị giới hạn");
        require(base, "Tính trên số người xếp loại");
        require(percent, "Tỷ lệ tối đa (%)");
        require(moveTo, "Chuyển xuống");
    }
}
