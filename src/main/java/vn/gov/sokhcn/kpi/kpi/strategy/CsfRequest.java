package vn.gov.sokhcn.kpi.kpi.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record CsfRequest(
        @NotBlank(message = "Thiếu mã") @Pattern(regexp = StrategyCodes.PATTERN, message = StrategyCodes.MESSAGE) String code,
        @NotBlank(message = "Thiếu tên") @Size(max = 300, message = "Tên dài tối đa 300 ký tự") String name,
        @NotBlank(message = "Thiếu mục tiêu") String objective) {
}
