package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.Set;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** An override regardless of score: a violation and the rating it imposes. */
public class ConductRow extends PolicyRow {
    public static final Set<String> CODES = Set.of("DISCIPLINED", "DEGRADATION", "UNIT_SANCTIONED");

    private String code;
    private Rating rating;

    public String getCode() { return code; }
    public void setCode(String code) { writable(); this.code = code; }
    public Rating getRating() { return rating; }
    public void setRatingCode(String code) { writable(); this.rating = read(() -> Codes.rating(code, "Xếp loại")); }

    @Override
    protected void check() {
        read(() -> Codes.oneOf(code, CODES, "Mã vi phạm"));
        require(rating, "Xếp loại");
    }
}
