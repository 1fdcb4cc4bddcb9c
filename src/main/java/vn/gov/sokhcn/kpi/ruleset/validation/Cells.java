package vn.gov.sokhcn.kpi.ruleset.validation;

import java.math.BigDecimal;

/** How checks write cells and numbers in their messages. */
final class Cells {
    private Cells() {
    }

    /** {@code D12} of {@code decision-tables/x.drl.xlsx!Khung điểm!D12}. */
    static String shortName(String location) {
        return location.substring(location.lastIndexOf('!') + 1);
    }

    /** {@code Khung điểm!D12} of {@code decision-tables/x.drl.xlsx!Khung điểm!D12}. */
    static String inSheet(String location) {
        int bang = location.lastIndexOf('!');
        int sheet = location.lastIndexOf('!', bang - 1);
        return location.substring(sheet + 1);
    }

    /** Numbers as an HR officer typed them: a whole number without its «.0», 72.5 as 72.5. */
    static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
