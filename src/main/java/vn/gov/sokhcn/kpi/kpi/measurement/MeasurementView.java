package vn.gov.sokhcn.kpi.kpi.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A measurement as shown with its assignment's period, indicator and holder by code; {@code tasks} only for TASKS. */
record MeasurementView(Long id, Long assignment, String period, String indicator, String unit, String employee,
                       BigDecimal actual, TaskCounts tasks, String source, String evidenceNote, String enteredBy,
                       OffsetDateTime enteredAt) {

    record TaskCounts(BigDecimal assigned, BigDecimal done, BigDecimal atQuality, BigDecimal onTime, BigDecimal late,
                      BigDecimal failedMajorError, boolean objectiveCause) {
    }
}
