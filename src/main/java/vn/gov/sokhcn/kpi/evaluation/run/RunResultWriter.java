package vn.gov.sokhcn.kpi.evaluation.run;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * Inserts the results of a run in JDBC batches of {@code kpi.runs.batch-size} rows, counting the people
 * written into the run's progress: one row per person (against the unit they were
 * evaluated in, with their staff type) and one per unit, each with its details as JSON. Called
 * inside the transaction that completes the run.
 */
@Component
class RunResultWriter {
    private static final String INSERT = """
            INSERT INTO run_results (run_id, employee_id, unit_id, subject_code, subject_name, score, task_score,
                                     general_score, rating, details, staff_type)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final int batch;

    RunResultWriter(JdbcTemplate jdbc, JsonMapper json, RunProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.batch = properties.batchSize();
    }

    void write(long runId, PeriodInputs inputs, EvaluationResponse response, Map<String, ResultDetails.UnitShares> shares,
               RunProgress progress) {
        Map<String, Employee> employees = new HashMap<>();
        inputs.request().employees().forEach(e -> employees.put(e.id(), e));
        List<Row> rows = new ArrayList<>(batch);
        for (EvaluationResponse.EmployeeResult e : response.employees()) {
            rows.add(new Row(inputs.employeeIds().get(e.id()), inputs.unitIds().get(e.unit()), e.id(), e.name(), e.score(),
                    e.taskScore(), e.generalScore(), e.rating(),
                    new ResultDetails(e.ratingLabel(), e.achievements(), e.reasons(), null, e.quotaTie() ? Boolean.TRUE : null),
                    employees.get(e.id()).staffType().name()));
            flushIfFull(runId, rows, progress);
        }
        for (EvaluationResponse.UnitResult u : response.units()) {
            rows.add(new Row(null, inputs.unitIds().get(u.code()), u.code(), u.name(), u.score(), null, null, u.rating(),
                    new ResultDetails(u.ratingLabel(), u.achievements(), u.reasons(), shares.get(u.code()), null), null));
            flushIfFull(runId, rows, progress);
        }
        flush(runId, rows, progress);
    }

    private void flushIfFull(long runId, List<Row> rows, RunProgress progress) {
        if (rows.size() == batch) {
            flush(runId, rows, progress);
        }
    }

    private void flush(long runId, List<Row> rows, RunProgress progress) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> set(ps, runId, row));
        progress.written((int) rows.stream().filter(row -> row.employeeId() != null).count());
        rows.clear();
    }

    private void set(PreparedStatement ps, long runId, Row row) throws SQLException {
        ps.setLong(1, runId);
        if (row.employeeId() == null) {
            ps.setNull(2, Types.BIGINT);
        } else {
            ps.setLong(2, row.employeeId());
        }
        ps.setLong(3, row.unitId());
        ps.setString(4, row.code());
        ps.setString(5, row.name());
        ps.setBigDecimal(6, row.score());
        ps.setBigDecimal(7, row.taskScore());
        ps.setBigDecimal(8, row.generalScore());
        ps.setString(9, row.rating());
        ps.setString(10, json.writeValueAsString(row.details()));
        ps.setString(11, row.staffType());
    }

    private record Row(Long employeeId, Long unitId, String code, String name, BigDecimal score, BigDecimal taskScore,
                       BigDecimal generalScore, String rating, ResultDetails details, String staffType) {
    }
}
