package vn.gov.sokhcn.kpi.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Counts of whole things: the product counts of a TASKS measurement, and the actual value of an indicator whose
 * unit is a whole product («nhiệm vụ», «sản phẩm»). Half a task is a typing mistake, so a fraction is refused.
 */
public final class WholeCounts {
    private static final Set<String> WHOLE_UNITS = Set.of("nhiệm vụ", "sản phẩm");

    private WholeCounts() {
    }

    public static boolean wholeUnit(String unitOfMeasure) {
        return unitOfMeasure != null && WHOLE_UNITS.contains(unitOfMeasure.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean fraction(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }

    /** «2,5», as the person typed it in Vietnamese. */
    public static String shown(BigDecimal value) {
        return Numbers.plain(value).toPlainString().replace('.', ',');
    }

    /** «Số sản phẩm phải là số nguyên (đếm từng sản phẩm), không phải 2,5». */
    public static String countMessage(BigDecimal value) {
        return "Số sản phẩm phải là số nguyên (đếm từng sản phẩm), không phải " + shown(value);
    }

    /** «Chỉ số «CS07» tính bằng «nhiệm vụ» nên giá trị thực hiện phải là số nguyên, không phải 2,5». */
    public static String actualMessage(String indicator, String unitOfMeasure, BigDecimal value) {
        return "Chỉ số «" + indicator + "» tính bằng «" + unitOfMeasure.strip() + "» nên giá trị thực hiện phải là số nguyên, "
                + "không phải " + shown(value);
    }
}
