package vn.gov.sokhcn.kpi.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A month period of the demo; {@code number} (year × 12 + month) seeds the month's variation. */
record DemoMonth(String code, LocalDate start, LocalDate end, boolean pilot) {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final LocalTime CLOSING = LocalTime.of(16, 30);

    int number() {
        return start.getYear() * 12 + start.getMonthValue();
    }

    /** When the month's figures were entered: its last day, at the end of office hours in Vietnam. */
    OffsetDateTime enteredAt() {
        return OffsetDateTime.of(end, CLOSING, VIETNAM);
    }
}
