package vn.gov.sokhcn.kpi.kpi.exemption;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code agency}: the code of the unit whose quota is lifted; {@code approvedBy}: who approved the exception. */
record QuotaExemptionRequest(
        @NotBlank(message = "Thiếu kỳ đánh giá") String period,
        @NotBlank(message = "Thiếu mã cơ quan") String agency,
        @NotBlank(message = "Thiếu người phê duyệt") @Size(max = 100, message = "Người phê duyệt dài tối đa 100 ký tự") String approvedBy,
        String note) {
}
