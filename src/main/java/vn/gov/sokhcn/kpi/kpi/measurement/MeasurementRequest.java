package vn.gov.sokhcn.kpi.kpi.measurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A measurement as written: {@code actual} for a measured indicator, {@code tasks} for a TASKS one, never both. */
record MeasurementRequest(
        @Digits(integer = 14, fraction = 4, message = "Tối đa 14 chữ số phần nguyên và 4 chữ số thập phân") BigDecimal actual,
        @Valid Tasks tasks,
        @Size(max = 200, message = "Nguồn số liệu dài tối đa 200 ký tự") String source,
        String evidenceNote) {

    static final String COUNT_DIGITS = "Tối đa 8 chữ số phần nguyên và 2 chữ số thập phân";

    /** Products counted: assigned, done, done at quality, on time, late, failed for a major error. */
    record Tasks(
            @NotNull(message = "Thiếu số sản phẩm được giao") @Positive(message = "Số sản phẩm được giao phải lớn hơn 0")
            @Digits(integer = 8, fraction = 2, message = COUNT_DIGITS) BigDecimal assigned,
            @NotNull(message = "Thiếu số sản phẩm hoàn thành") @PositiveOrZero(message = "Không được âm")
            @Digits(integer = 8, fraction = 2, message = COUNT_DIGITS) BigDecimal done,
            @NotNull(message = "Thiếu số sản phẩm đạt chất lượng") @PositiveOrZero(message = "Không được âm")
            @Digits(integer = 8, fraction = 2, message = COUNT_DIGITS) BigDecimal atQuality,
            @NotNull(message = "Thiếu số sản phẩm đúng hạn") @PositiveOrZero(message = "Không được âm")
            @Digits(integer = 8, fraction = 2, message = COUNT_DIGITS) BigDecimal onTime,
            @PositiveOrZero(message = "Không được âm") @Digits(integer = 8, fraction = 2, message = COUNT_DIGITS) BigDecimal late,
            @PositiveOrZero(message = "Không được âm") @Digits(integer = 8, fraction = 2, message = COUNT_DIGITS)
            BigDecimal failedMajorError,
            Boolean objectiveCause) {
    }
}
