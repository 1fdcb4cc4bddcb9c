package vn.gov.sokhcn.kpi.evaluation.facts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The outcome of an evaluation, from worst to best; NOT_RATED sorts lowest so it always wins a cap. */
public enum Rating {
    NOT_RATED("Chưa xếp loại"),
    KHTNV("Không hoàn thành nhiệm vụ"),
    HTNV("Hoàn thành nhiệm vụ"),
    HTTNV("Hoàn thành tốt nhiệm vụ"),
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ");

    /** The codes from best to worst, the order of every legend, list and report column. */
    public static final List<String> CODES_BEST_FIRST = Arrays.stream(values())
            .sorted(Comparator.reverseOrder()).map(Rating::name).toList();

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isBelow(Rating other) {
        return compareTo(other) < 0;
    }

    public boolean isAtLeast(Rating other) {
        return compareTo(other) >= 0;
    }

    public static Rating lower(Rating a, Rating b) {
        return a.isBelow(b) ? a : b;
    }

    /** Parses a code typed in a workbook cell; the message names the allowed codes in Vietnamese. */
    public static Rating ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Mã xếp loại không hợp lệ: \"" + code
                        + "\" (chỉ được dùng HTXSNV, HTTNV, HTNV, KHTNV hoặc NOT_RATED)"));
    }

    /** The short name in a sentence or a table cell: the official abbreviation, «Chưa xếp loại» for NOT_RATED. */
    public String shortName() {
        return this == NOT_RATED ? label : name();
    }

    /**
     * "HTTNV (Hoàn thành tốt nhiệm vụ)", the way explanations name a rating: the official abbreviation
     * and its name; «Chưa xếp loại» alone for NOT_RATED, which has no abbreviation.
     */
    public String display() {
        return this == NOT_RATED ? label : name() + " (" + label + ")";
    }
}
