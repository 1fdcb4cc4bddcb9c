package vn.gov.sokhcn.kpi.outcome.bonus;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRowException;

/** The bonus coefficient of one annual rating under one bonus policy. */
public class BonusCoefficientRow extends PolicyRow {
    static final String COEFFICIENT = "Hệ số thưởng";
    private static final String RATING = "Xếp loại";

    private String policy;
    private Rating rating;
    private Double coefficient;

    public String getPolicy() { return policy; }
    public void setPolicy(String policy) { writable(); this.policy = policy; }
    public Rating getRating() { return rating; }
    public void setRatingCode(String code) {
        writable();
        this.rating = read(() -> {
            try {
                return Rating.ofCode(code == null ? "" : code.trim());
            } catch (IllegalArgumentException e) {
                throw new PolicyRowException(RATING, e.getMessage());
            }
        });
    }
    public Double getCoefficient() { return coefficient; }
    public void setCoefficient(double coefficient) { writable(); this.coefficient = coefficient; }

    @Override
    protected void check() {
        require(policy, "Mã chính sách");
        require(rating, RATING);
        require(coefficient, COEFFICIENT);
        if (coefficient != null && coefficient < 0) {
            problem(COEFFICIENT, "hệ số không được âm");
        }
    }
}
