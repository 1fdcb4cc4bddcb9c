package vn.gov.sokhcn.kpi.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record DisciplineRequest(
        @NotNull(message = "Thiếu hình thức (REPRIMAND, WARNING, DEMOTION, REMOVAL, DISMISSAL hoặc DEGRADATION)") DisciplineKind kind,
        @NotNull(message = "Thiếu ngày quyết định") LocalDate decidedOn,
        @Size(max = 60, message = "Số quyết định dài tối đa 60 ký tự") String decisionNo,
        String note) {
}
