package vn.gov.sokhcn.kpi.kpi.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An objective as written by a client: its perspective and the objectives it drives, by code. */
record ObjectiveRequest(
        @NotBlank(message = "Thiếu mã") @Pattern(regexp = StrategyCodes.PATTERN, message = StrategyCodes.MESSAGE) String code,
        @NotBlank(message = "Thiếu tên") @Size(max = 300, message = "Tên dài tối đa 300 ký tự") String name,
        @NotBlank(message = "Thiếu phương diện") String perspective,
        String description,
        List<@NotNull(message = "Phần tử trống; cần mã một mục tiêu") String> effects) {
}
