package vn.gov.sokhcn.kpi.kpi.assignment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** An assignment as written: period, indicator and holder by code; exactly one of {@code unit} and {@code employee}. */
record AssignmentRequest(
        @NotBlank(message = "Thiếu kỳ đánh giá") String period,
        @NotBlank(message = "Thiếu chỉ số") String indicator,
        String unit,
        String employee,
        @PositiveOrZero(message = "Mục tiêu không được âm")
        @Digits(integer = 14, fraction = 4, message = "Tối đa 14 chữ số phần nguyên và 4 chữ số thập phân") BigDecimal target,
        @NotNull(message = "Thiếu trọng số") @Positive(message = "Trọng số phải lớn hơn 0")
        @Digits(integer = 4, fraction = 3, message = "Tối đa 4 chữ số phần nguyên và 3 chữ số thập phân") BigDecimal weight,
        @PositiveOrZero(message = "Ngưỡng không được âm")
        @Digits(integer = 14, fraction = 4, message = "Tối đa 14 chữ số phần nguyên và 4 chữ số thập phân") BigDecimal threshold,
        @PositiveOrZero(message = "Mức vượt không được âm")
        @Digits(integer = 14, fraction = 4, message = "Tối đa 14 chữ số phần nguyên và 4 chữ số thập phân") BigDecimal stretch,
        Long cascadedFrom) {
}
