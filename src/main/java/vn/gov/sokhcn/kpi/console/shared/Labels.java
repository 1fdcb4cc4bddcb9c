package vn.gov.sokhcn.kpi.console.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.organisation.StaffType;

/** Vietnamese names and chart colours of ratings and staff types (names, not policy). */
public final class Labels {
    /** Ratings from best to worst, the order of every legend. */
    public static final List<String> RATINGS = Rating.CODES_BEST_FIRST;
    private static final Map<String, String> COLOURS = Map.of("HTXSNV", "#0b6e4f", "HTTNV", "#5aa469",
            "HTNV", "#f2b134", "KHTNV", "#c0392b", "NOT_RATED", "#9aa5b1");
    /** Staff type codes and their labels, in the enum's order (the results filter). */
    public static final Map<String, String> STAFF_TYPES = new LinkedHashMap<>();

    static {
        for (StaffType t : StaffType.values()) {
            STAFF_TYPES.put(t.name(), t.label());
        }
    }

    private Labels() {
    }

    public static String rating(String code) {
        try {
            return Rating.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return code;
        }
    }

    /**
     * The short name of a rating (a code or a {@link Rating}) in legends, badges and tables: its official
     * abbreviation, «Chưa xếp loại» for NOT_RATED; null for null.
     */
    public static String shortName(Object rating) {
        String code = rating == null ? null : rating.toString();
        return Rating.NOT_RATED.name().equals(code) ? Rating.NOT_RATED.shortName() : code;
    }

    /** A rating as a sentence names it: «HTTNV (Hoàn thành tốt nhiệm vụ)», «Chưa xếp loại»; null for null. */
    public static String display(Object rating) {
        return rating == null ? null : Rating.valueOf(rating.toString()).display();
    }

    public static String colour(String rating) {
        return COLOURS.getOrDefault(rating, "#9aa5b1");
    }

    public static String staffType(String code) {
        return StaffType.labelOf(code);
    }
}
