package vn.gov.sokhcn.kpi.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A decision handling a unit for corruption, embezzlement or waste. */
record SanctionRequest(
        @NotNull(message = "Thiếu ngày quyết định") LocalDate decidedOn,
        @Size(max = 60, message = "Số quyết định dài tối đa 60 ký tự") String decisionNo,
        String note) {
}
