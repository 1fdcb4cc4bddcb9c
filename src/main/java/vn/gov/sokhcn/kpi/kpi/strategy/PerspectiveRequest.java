package vn.gov.sokhcn.kpi.kpi.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A perspective as written by a client; {@code sortOrder} defaults to 0. */
record PerspectiveRequest(
        @NotBlank(message = "Thiếu mã") @Pattern(regexp = StrategyCodes.PATTERN, message = StrategyCodes.MESSAGE) String code,
        @NotBlank(message = "Thiếu tên") @Size(max = 200, message = "Tên dài tối đa 200 ký tự") String name,
        Integer sortOrder) {
}
