package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The outcome of one row of a «Kiểm thử» sheet: the person's expected and actual score and rating
 * (an expectation left blank is not checked); {@code error} is why the case could not be evaluated.
 */
public record CaseResult(String location, String caseId, String description, String person, BigDecimal expectedScore,
                         String expectedRating, BigDecimal actualScore, String actualRating, String error) {

    public boolean passed() {
        return error == null
                && (expectedScore == null || actualScore != null && scaled(expectedScore).compareTo(scaled(actualScore)) == 0)
                && (expectedRating == null || expectedRating.equals(actualRating));
    }

    /** «Ca KT-03 «…»: mong đợi 92,5 điểm, xếp loại HTXSNV; thực tế 88 điểm, xếp loại HTTNV». */
    public String message() {
        String who = person.equals(caseId) ? "" : " (cán bộ " + person + ")";
        String title = "Ca " + caseId + (description.isEmpty() ? "" : " «" + description + "»") + who;
        String actual = error != null ? "không đánh giá được: " + error : outcome(actualScore, actualRating);
        return title + ": mong đợi " + outcome(expectedScore, expectedRating) + "; thực tế " + actual;
    }

    private static String outcome(BigDecimal score, String rating) {
        String points = score == null ? "" : number(score) + " điểm";
        String rated = rating == null ? "" : "xếp loại " + rating;
        return points.isEmpty() || rated.isEmpty() ? points + rated : points + ", " + rated;
    }

    /** A number as Vietnamese write it: decimal comma, no trailing zeros (92,5; 88). */
    static String number(BigDecimal value) {
        return scaled(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
