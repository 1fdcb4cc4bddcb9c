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
 * evaluated in, with their staff type) and one per unit, each with its details as JSON. Written
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

    /**
     * The rows of one evaluation's results, their details already JSON: built on the thread that evaluated
     * them, so that the thread holding the run's transaction only sends them.
     */
    List<Row> rows(PeriodInputs inputs, EvaluationResponse response, Map<String, ResultDetails.UnitShares> shares) {
        Map<String, Employee> employees = new HashMap<>();
        inputs.request().employees().forEach(e -> employees.put(e.id(), e));
        List<Row> rows = new ArrayList<>(response.employees().size() + response.units().size());
        for (EvaluationResponse.EmployeeResult e : response.employees()) {
            rows.add(new Row(inputs.employeeIds().get(e.id()), inputs.unitIds().get(e.unit()), e.id(), e.name(), e.score(),
                    e.taskScore(), e.generalScore(), e.rating(),
                    details(new ResultDetails(e.ratingLabel(), e.achievements(), e.reasons(), null, e.quotaTie() ? Boolean.TRUE : null)),
                    employees.get(e.id()).staffType().name()));
        }
        for (EvaluationResponse.UnitResult u : response.units()) {
            rows.add(new Row(null, inputs.unitIds().get(u.code()), u.code(), u.name(), u.score(), null, null, u.rating(),
                    details(new ResultDetails(u.ratingLabel(), u.achievements(), u.reasons(), shares.get(u.code()), null)), null));
        }
        return rows;
    }

    /** Inserts the rows in batches, counting the people written into the run's progress after each. */
    void write(long runId, List<Row> rows, RunProgress progress) {
        for (int from = 0; from < rows.size(); from += batch) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
            jdbc.batchUpdate(INSERT, chunk, chunk.size(), (ps, row) -> set(ps, runId, row));
            progress.written((int) chunk.stream().filter(row -> row.employeeId() != null).count());
        }
    }

    private String details(ResultDetails details) {
        return json.writeValueAsString(details);
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
        ps.setString(10, row.details());
        ps.setString(11, row.staffType());
    }

    record Row(Long employeeId, Long unitId, String code, String name, BigDecimal score, BigDecimal taskScore,
               BigDecimal generalScore, String rating, String details, String staffType) {
    }
}
