package vn.gov.sokhcn.kpi.kpi.criteria;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** The four points; their maxima are policy and are checked by the rules at run time. */
record GeneralCriteriaRequest(
        @NotNull(message = "Thiếu điểm chính trị tư tưởng") @PositiveOrZero(message = "Điểm không được âm")
        @Digits(integer = 4, fraction = 2, message = GeneralCriteriaRequest.DIGITS) BigDecimal politics,
        @NotNull(message = "Thiếu điểm đạo đức, lối sống") @PositiveOrZero(message = "Điểm không được âm")
        @Digits(integer = 4, fraction = 2, message = GeneralCriteriaRequest.DIGITS) BigDecimal ethics,
        @NotNull(message = "Thiếu điểm tác phong, lề lối làm việc") @PositiveOrZero(message = "Điểm không được âm")
        @Digits(integer = 4, fraction = 2, message = GeneralCriteriaRequest.DIGITS) BigDecimal style,
        @NotNull(message = "Thiếu điểm ý thức tổ chức kỷ luật") @PositiveOrZero(message = "Điểm không được âm")
        @Digits(integer = 4, fraction = 2, message = GeneralCriteriaRequest.DIGITS) BigDecimal discipline) {

    static final String DIGITS = "Tối đa 4 chữ số phần nguyên và 2 chữ số thập phân";
}
