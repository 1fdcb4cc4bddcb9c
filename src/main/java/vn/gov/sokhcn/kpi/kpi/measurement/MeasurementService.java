package vn.gov.sokhcn.kpi.kpi.measurement;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.kpi.Problems;
import vn.gov.sokhcn.kpi.kpi.measurement.MeasurementRequest.Tasks;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.kpi.indicator.Polarity;

@Service
class MeasurementService {
    private final MeasurementRepository measurements;
    private final MeasurementQuery query;
    private final CurrentUser user;
    private final JdbcClient jdbc;

    MeasurementService(MeasurementRepository measurements, MeasurementQuery query, CurrentUser user, JdbcClient jdbc) {
        this.measurements = measurements;
        this.query = query;
        this.user = user;
        this.jdbc = jdbc;
    }

    record Saved(MeasurementView view, boolean created) {
    }

    @Transactional(readOnly = true)
    MeasurementView get(long id) {
        return query.byId(id).orElseThrow(() -> new NotFoundException("số liệu thực hiện", id));
    }

    @Transactional(readOnly = true)
    MeasurementView ofAssignment(long assignmentId) {
        requireAssignment(assignmentId);
        return measurements.findByAssignmentId(assignmentId).map(m -> get(m.id()))
                .orElseThrow(() -> new NotFoundException("số liệu thực hiện của giao chỉ tiêu", assignmentId));
    }

    /** Enters or replaces the measurement of an assignment; who and when come from the request and the server. */
    @Transactional
    Saved put(long assignmentId, MeasurementRequest r) {
        Measured indicator = requireAssignment(assignmentId);
        Problems problems = new Problems();
        MeasurementRules.check(r, indicator.polarity(), indicator.code(), indicator.unitOfMeasure(), problems);
        problems.throwIfAny();
        Long existing = measurements.findByAssignmentId(assignmentId).map(Measurement::id).orElse(null);
        Tasks t = r.tasks();
        Measurement measurement = new Measurement(existing, assignmentId, r.actual(), t == null ? null : t.assigned(),
                t == null ? null : t.done(), t == null ? null : t.atQuality(), t == null ? null : t.onTime(),
                t == null ? null : t.late(), t == null ? null : t.failedMajorError(),
                t != null && Boolean.TRUE.equals(t.objectiveCause()), r.source(), r.evidenceNote(), user.name(),
                OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS));
        return new Saved(get(measurements.save(measurement).id()), existing == null);
    }

    @Transactional
    void delete(long id) {
        measurements.delete(measurements.findById(id).orElseThrow(() -> new NotFoundException("số liệu thực hiện", id)));
    }

    @Transactional
    void deleteOfAssignment(long assignmentId) {
        delete(ofAssignment(assignmentId).id());
    }

    /** The indicator an assignment measures. */
    private record Measured(String code, Polarity polarity, String unitOfMeasure) {
    }

    /** The code, polarity and unit of the assignment's indicator; 404 for an unknown assignment. */
    private Measured requireAssignment(long assignmentId) {
        return jdbc.sql("""
                SELECT i.code, i.polarity, i.unit_of_measure FROM assignments a JOIN indicators i ON i.id = a.indicator_id WHERE a.id = :id""")
                .param("id", assignmentId).query((rs, n) -> new Measured(rs.getString(1), Polarity.valueOf(rs.getString(2)), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFoundException("giao chỉ tiêu", assignmentId));
    }
}
