package vn.gov.sokhcn.kpi.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CompetencyRequest(
        @NotBlank(message = "Thiếu mã năng lực") @BusinessCode String code,
        @NotBlank(message = "Thiếu tên năng lực") @Size(max = 200, message = "Tên dài tối đa 200 ký tự") String name,
        String description) {

    Competency toCompetency(Long id) {
        return new Competency(id, code.strip(), name.strip(), description);
    }
}
