package vn.gov.sokhcn.kpi.kpi.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.sokhcn.kpi.kpi.strategy.StrategyCodes;

/** An indicator as written by a client; {@code objective} and {@code csf} by code, both optional. */
record IndicatorRequest(
        @NotBlank(message = "Thiếu mã") @Pattern(regexp = StrategyCodes.PATTERN, message = StrategyCodes.MESSAGE) String code,
        @NotBlank(message = "Thiếu tên") @Size(max = 300, message = "Tên dài tối đa 300 ký tự") String name,
        @NotNull(message = "Thiếu loại chỉ số (KRI, RI, PI hoặc KPI)") IndicatorKind kind,
        @NotNull(message = "Thiếu chiều chỉ số (HIGHER_IS_BETTER, LOWER_IS_BETTER, TARGET_RANGE, BINARY hoặc TASKS)") Polarity polarity,
        @Size(max = 60, message = "Đơn vị tính dài tối đa 60 ký tự") String unitOfMeasure,
        @NotNull(message = "Thiếu tần suất (MONTH, QUARTER hoặc YEAR)") Frequency frequency,
        @Size(max = 300, message = "Nguồn dữ liệu dài tối đa 300 ký tự") String dataSource,
        @NotNull(message = "Thiếu cấp sở hữu (DEPARTMENT, UNIT hoặc PERSON)") OwnerLevel ownerLevel,
        String objective,
        String csf,
        String description) {
}
