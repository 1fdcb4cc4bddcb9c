package vn.gov.sokhcn.kpi.kpi.period;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/** A period as written: the code alone is enough; kind, start and end, when given, must agree with it. */
record PeriodRequest(@NotBlank(message = "Thiếu mã kỳ") String code, PeriodKind kind, LocalDate start, LocalDate end,
                     Boolean pilot) {
}
