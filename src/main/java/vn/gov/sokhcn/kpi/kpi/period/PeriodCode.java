package vn.gov.sokhcn.kpi.kpi.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a period code says: {@code 2023-06} a month, {@code 2026-Q2} a quarter, {@code 2026} a year, with its dates. */
record PeriodCode(String code, PeriodKind kind, LocalDate start, LocalDate end) {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static final String SHAPE = "Mã kỳ phải có dạng 2026-05 (tháng), 2026-Q2 (quý) hoặc 2026 (năm)";

    static Optional<PeriodCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = MONTH.matcher(code);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Optional.of(new PeriodCode(code, PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth()));
        }
        m = QUARTER.matcher(code);
        if (m.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2);
            return Optional.of(new PeriodCode(code, PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        if (YEAR.matcher(code).matches() && Integer.parseInt(code) > 0) {
            int year = Integer.parseInt(code);
            return Optional.of(new PeriodCode(code, PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        return Optional.empty();
    }
}
