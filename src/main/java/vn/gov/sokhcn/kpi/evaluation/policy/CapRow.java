package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.Map;
import java.util.Set;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * A restriction: when a measure (a share in percent) is below {@code below}, or at most
 * {@code notAbove}, the rating is at most {@code rating}. Restrictions only lower a rating, so the
 * rows of a table apply in any order and the lowest wins.
 */
public class CapRow extends PolicyRow {
    /** Measures each scope may test. */
    public static final Map<String, Set<String>> MEASURES = Map.of(
            "PILOT", Set.of("COMPLETED_SHARE", "EXCEEDED_SHARE"),
            "UNIT", Set.of("COMPLETED_SHARE", "EXCEEDED_SHARE", "ON_TIME_QUALITY_SHARE"),
            "SUBORDINATES", Set.of("SHARE_AT_LEAST_HTNV", "SHARE_AT_LEAST_HTTNV"));

    private String scope;
    private String measure;
    private Double below;
    private Double notAbove;
    private Rating rating;

    public String getScope() { return scope; }
    public void setScope(String scope) { writable(); this.scope = scope; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { writable(); this.measure = measure; }
    public Double getBelow() { return below; }
    public void setBelow(double below) { writable(); this.below = below; }
    public Double getNotAbove() { return notAbove; }
    public void setNotAbove(double notAbove) { writable(); this.notAbove = notAbove; }
    public Rating getRating() { return rating; }
    public void setRatingCode(String code) { writable(); this.rating = read(() -> Codes.rating(code, "Xếp loại tối đa")); }

    /** Whether a value of this row's measure triggers the restriction. */
    public boolean hits(double value) {
        return (below != null && value < below) || (notAbove != null && value <= notAbove);
    }

    /** "dưới 100" or "không quá 70", for explanations. */
    public String conditionText() {
        return below != null ? "dưới " + Numbers.vi(below) : "không quá " + Numbers.vi(notAbove);
    }

    @Override
    protected void check() {
        require(rating, "Xếp loại tối đa");
        read(() -> Codes.oneOf(measure, MEASURES.get(scope), "Chỉ tiêu xét"));
        if ((below == null) == (notAbove == null)) {
            problem("Dưới (<)", "điền đúng một trong hai cột \"Dưới (<)\" hoặc \"Không quá (≤)\"");
        }
    }
}
