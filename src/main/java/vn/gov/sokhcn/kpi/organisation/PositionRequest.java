package vn.gov.sokhcn.kpi.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A job position to create or replace; {@code competencies} lists each required competency once, by code. */
record PositionRequest(
        @NotBlank(message = "Thiếu mã vị trí việc làm") @BusinessCode String code,
        @NotBlank(message = "Thiếu tên vị trí việc làm") @Size(max = 200, message = "Tên dài tối đa 200 ký tự") String name,
        String jobDescription,
        List<@NotNull(message = "Phần tử trống; cần một năng lực và mức yêu cầu") @Valid RequirementRequest> competencies) {

    record RequirementRequest(
            @NotBlank(message = "Thiếu mã năng lực") String competency,
            @NotNull(message = "Thiếu mức yêu cầu")
            @Min(value = 1, message = "Mức yêu cầu phải từ 1 đến 5")
            @Max(value = 5, message = "Mức yêu cầu phải từ 1 đến 5") Integer requiredLevel) {
    }

    List<RequirementRequest> competenciesOrNone() {
        return competencies == null ? List.of() : competencies;
    }
}
