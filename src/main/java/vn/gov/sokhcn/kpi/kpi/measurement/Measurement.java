package vn.gov.sokhcn.kpi.kpi.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What an assignment achieved in its period: an actual value, or for a task-counted indicator the
 * counts of products; who entered it and when (the server's clock). One per assignment.
 */
@Table("measurements")
record Measurement(@Id Long id, Long assignmentId, BigDecimal actualValue, BigDecimal tasksAssigned, BigDecimal tasksDone,
                   BigDecimal tasksAtQuality, BigDecimal tasksOnTime, BigDecimal tasksLate,
                   BigDecimal tasksFailedMajorError, boolean objectiveCause, String source, String evidenceNote,
                   String enteredBy, OffsetDateTime enteredAt) {

    Measurement withId(Long id) {
        return new Measurement(id, assignmentId, actualValue, tasksAssigned, tasksDone, tasksAtQuality, tasksOnTime, tasksLate,
                tasksFailedMajorError, objectiveCause, source, evidenceNote, enteredBy, enteredAt);
    }
}
