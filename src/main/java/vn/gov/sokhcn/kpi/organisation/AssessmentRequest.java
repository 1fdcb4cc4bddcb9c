package vn.gov.sokhcn.kpi.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person's assessed level in a competency (by code), on a date. */
record AssessmentRequest(
        @NotBlank(message = "Thiếu mã năng lực") String competency,
        @NotNull(message = "Thiếu mức đánh giá")
        @Min(value = 1, message = "Mức đánh giá phải từ 1 đến 5")
        @Max(value = 5, message = "Mức đánh giá phải từ 1 đến 5") Integer assessedLevel,
        @NotNull(message = "Thiếu ngày đánh giá") LocalDate assessedOn,
        @Size(max = 100, message = "Người đánh giá dài tối đa 100 ký tự") String assessor,
        String note) {
}
