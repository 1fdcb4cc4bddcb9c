package vn.gov.sokhcn.kpi.evaluation.policy;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** A score band [from, to) of one regime and the rating it gives; an empty "to" is open-ended. */
public class BandRow extends PolicyRow {
    private String regime;
    private Double from;
    private Double to;
    private Rating rating;

    public String getRegime() { return regime; }
    public void setRegime(String regime) { writable(); this.regime = regime; }
    public Double getFrom() { return from; }
    public void setFrom(double from) { writable(); this.from = from; }
    public Double getTo() { return to; }
    public void setTo(double to) { writable(); this.to = to; }
    public Rating getRating() { return rating; }
    public void setRatingCode(String code) { writable(); this.rating = read(() -> Codes.rating(code, "Xếp loại")); }


    @Override
    protected void check() {
        require(regime, "Chế độ");
        require(from, "Điểm từ (≥)");
        require(rating, "Xếp loại");
        if (to != null && from != null && to <= from) {
            problem("Điểm đến (<)", "điểm đến phải lớn hơn điểm từ");
        }
    }
}
