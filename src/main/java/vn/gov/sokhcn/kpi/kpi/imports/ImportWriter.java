package vn.gov.sokhcn.kpi.kpi.imports;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Stored;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Terms;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Values;

/**
 * Writes checked lines in file order, inside the caller's transaction: an assignment per holder and
 * indicator (inserted, or updated when its terms differ) and its one measurement (likewise).
 */
@Component
class ImportWriter {
    private final JdbcClient jdbc;

    ImportWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ImportResult write(PeriodData data, List<ImportLine> lines, String filename, String user) {
        int[] a = new int[3];
        int[] m = new int[3];
        OffsetDateTime now = OffsetDateTime.now();
        for (ImportLine line : lines) {
            Stored stored = data.assignments().get(line.slot());
            long assignmentId;
            if (stored == null) {
                assignmentId = insertAssignment(data.period().id(), line);
                a[0]++;
            } else {
                assignmentId = stored.id();
                if (sameTerms(stored.terms(), line.terms())) {
                    a[2]++;
                } else {
                    jdbc.sql("UPDATE assignments SET target = ?, weight = ?, threshold = ?, stretch = ? WHERE id = ?")
                            .params(line.terms().target(), line.terms().weight(), line.terms().threshold(),
                                    line.terms().stretch(), assignmentId)
                            .update();
                    a[1]++;
                }
            }
            if (line.values() == null) {
                continue;
            }
            Values values = withSource(line.values(), filename);
            if (stored == null || stored.measurementId() == null) {
                jdbc.sql("""
                                INSERT INTO measurements (actual_value, tasks_assigned, tasks_done, tasks_at_quality,
                                    tasks_on_time, tasks_late, tasks_failed_major_error, objective_cause, source,
                                    evidence_note, entered_by, entered_at, assignment_id)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(measurementParams(values, user, now, assignmentId)).update();
                m[0]++;
            } else if (sameValues(stored.values(), values)) {
                m[2]++;
            } else {
                jdbc.sql("""
                                UPDATE measurements SET actual_value = ?, tasks_assigned = ?, tasks_done = ?,
                                    tasks_at_quality = ?, tasks_on_time = ?, tasks_late = ?, tasks_failed_major_error = ?,
                                    objective_cause = ?, source = ?, evidence_note = ?, entered_by = ?, entered_at = ?
                                WHERE assignment_id = ?""")
                        .params(measurementParams(values, user, now, assignmentId)).update();
                m[1]++;
            }
        }
        return new ImportResult(data.period().code(), filename, lines.size(), a[0], a[1], a[2], m[0], m[1], m[2]);
    }

    private long insertAssignment(long periodId, ImportLine line) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO assignments (period_id, indicator_id, unit_id, employee_id, target, weight, threshold, stretch)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(periodId, line.slot().indicatorId(), line.slot().holder().unitId(),
                        line.slot().holder().employeeId(), line.terms().target(), line.terms().weight(),
                        line.terms().threshold(), line.terms().stretch())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private static Object[] measurementParams(Values v, String user, OffsetDateTime now, long assignmentId) {
        return new Object[] {v.actualValue(), v.tasksAssigned(), v.tasksDone(), v.tasksAtQuality(), v.tasksOnTime(),
                v.tasksLate(), v.tasksFailedMajorError(), v.objectiveCause(), v.source(), v.evidenceNote(), user, now,
                assignmentId};
    }

    static Values withSource(Values v, String filename) {
        return v.source() != null ? v : new Values(v.actualValue(), v.tasksAssigned(), v.tasksDone(), v.tasksAtQuality(),
                v.tasksOnTime(), v.tasksLate(), v.tasksFailedMajorError(), v.objectiveCause(),
                truncated("Nhập từ tệp " + filename), v.evidenceNote());
    }

    private static String truncated(String source) {
        return source.length() <= LineChecker.SOURCE_LENGTH ? source : source.substring(0, LineChecker.SOURCE_LENGTH - 1) + "…";
    }

    private static boolean sameTerms(Terms a, Terms b) {
        return same(a.target(), b.target()) && same(a.weight(), b.weight()) && same(a.threshold(), b.threshold())
                && same(a.stretch(), b.stretch());
    }

    private static boolean sameValues(Values a, Values b) {
        return same(a.actualValue(), b.actualValue()) && same(a.tasksAssigned(), b.tasksAssigned())
                && same(a.tasksDone(), b.tasksDone()) && same(a.tasksAtQuality(), b.tasksAtQuality())
                && same(a.tasksOnTime(), b.tasksOnTime()) && same(a.tasksLate(), b.tasksLate())
                && same(a.tasksFailedMajorError(), b.tasksFailedMajorError()) && a.objectiveCause() == b.objectiveCause()
                && Objects.equals(a.source(), b.source()) && Objects.equals(a.evidenceNote(), b.evidenceNote());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
