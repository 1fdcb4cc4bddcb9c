package vn.gov.sokhcn.kpi.evaluation.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.evaluation.RuleBase;
import vn.gov.sokhcn.kpi.system.DatabaseVendor;
import vn.gov.sokhcn.kpi.system.InstanceIdentity;

/**
 * Writes runs. A run is inserted RUNNING in a transaction of its own (so that a failure can be
 * recorded on it, and other instances see it running), with this instance's id; its results (written group
 * by group, {@link GroupedRun}) and its COMPLETED state are written together in one transaction, so a run either has all of its results or
 * none; a failure marks it FAILED with the reason.
 */
@Component
class RunStore {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final InstanceIdentity instance;
    private final InterruptedRuns interrupted;
    private final RunningRuns running;
    private final JdbcTemplate jdbcTemplate;
    private final DatabaseVendor vendor;

    RunStore(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, InstanceIdentity instance,
             InterruptedRuns interrupted, RunningRuns running, JdbcTemplate jdbcTemplate, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.jdbcTemplate = jdbcTemplate;
        this.vendor = vendor;
        this.audit = audit;
        this.instance = instance;
        this.interrupted = interrupted;
        this.running = running;
    }

    /**
     * Records the run RUNNING on this instance. The database allows one RUNNING run per period: when one is
     * there, runs with an expired lease are failed and the insert tried once more; a live one is a 409 naming it.
     */
    long start(StoredPeriod period, RuleBase ruleSet, String startedBy) {
        try {
            return insert(period, ruleSet, startedBy);
        } catch (DuplicateKeyException first) {
            interrupted.markFailed();
            try {
                return insert(period, ruleSet, startedBy);
            } catch (DuplicateKeyException again) {
                throw running.conflict(period);
            }
        }
    }

    private long insert(StoredPeriod period, RuleBase ruleSet, String startedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO evaluation_runs (period_id, state, rule_set_version, rule_set_sha256, started_by, started_at,
                                                 instance_id, heartbeat_at)
                    VALUES (:periodId, 'RUNNING', :version, :sha256, :startedBy, :startedAt, :instance, CURRENT_TIMESTAMP)
                    """)
                    .param("periodId", period.id())
                    .param("version", ruleSet.version())
                    .param("sha256", ruleSet.sha256())
                    .param("startedBy", startedBy)
                    .param("startedAt", OffsetDateTime.now())
                    .param("instance", instance.id())
                    .update(key, "id");
            long runId = key.getKeyAs(Number.class).longValue();
            audit.recordAs(startedBy, AuditAction.RUN_STARTED, "EvaluationRun", runId, null,
                    Map.of("period", period.code(), "run", runId, "ruleSetVersion", ruleSet.version()),
                    "Bắt đầu lượt đánh giá " + runId + " của kỳ «" + period.code() + "» với bộ quy tắc phiên bản " + ruleSet.version());
        });
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Writes the run's results ({@code run}, given the transaction) and marks it COMPLETED with what it
     * evaluated, all in one transaction. The evaluated request is streamed from its file, not held.
     */
    GroupedRun.Completed complete(long runId, StoredPeriod period, Supplier<GroupedRun.Completed> run) {
        return transactions.execute(status -> {
            GroupedRun.Completed completed = run.get();
            try (EvaluatedInputs inputs = completed.inputs()) {
                int updated = jdbc.sql("""
                        UPDATE evaluation_runs SET state = 'COMPLETED', regime = :regime, finished_at = :finishedAt,
                               employee_count = :employees, unit_count = :units
                        WHERE id = :id AND state = 'RUNNING'
                        """)
                        .param("regime", completed.regime())
                        .param("finishedAt", OffsetDateTime.now())
                        .param("employees", completed.employees())
                        .param("units", completed.units())
                        .param("id", runId)
                        .update();
                if (updated != 1) {
                    throw new IllegalStateException("Lượt đánh giá " + runId + " không còn ở trạng thái đang chạy");
                }
                storeInputs(runId, inputs);
            }
            audit.recordAs(startedBy(runId), AuditAction.RUN_COMPLETED, "EvaluationRun", runId, null,
                    Map.of("period", period.code(), "run", runId, "ruleSetVersion", ruleSetVersion(runId),
                            "employees", completed.employees(), "units", completed.units()),
                    "Hoàn thành lượt đánh giá " + runId + " của kỳ «" + period.code() + "»: " + completed.employees()
                            + " cán bộ, " + completed.units() + " đơn vị");
            return completed;
        });
    }

    /** PostgreSQL turns the streamed UTF-8 bytes into text itself; H2 reads the characters from a stream. */
    private void storeInputs(long runId, EvaluatedInputs inputs) {
        String sql = vendor.postgres() ? "UPDATE evaluation_runs SET inputs = convert_from(?, 'UTF8') WHERE id = ?"
                : "UPDATE evaluation_runs SET inputs = ? WHERE id = ?";
        jdbcTemplate.execute(sql, (PreparedStatementCallback<Integer>) ps -> {
            try (InputStream bytes = inputs.open()) {
                if (vendor.postgres()) {
                    ps.setBinaryStream(1, bytes, inputs.bytes());
                } else {
                    ps.setCharacterStream(1, new InputStreamReader(bytes, StandardCharsets.UTF_8));
                }
                ps.setLong(2, runId);
                return ps.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void fail(long runId, String failure) {
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.sql("""
                    UPDATE evaluation_runs SET state = 'FAILED', finished_at = :finishedAt, failure = :failure
                    WHERE id = :id AND state = 'RUNNING'
                    """)
                    .param("finishedAt", OffsetDateTime.now())
                    .param("failure", failure)
                    .param("id", runId)
                    .update();
            if (updated == 1) {
                String period = jdbc.sql("SELECT p.code FROM evaluation_runs r JOIN periods p ON p.id = r.period_id WHERE r.id = ?")
                        .param(runId).query(String.class).single();
                audit.recordAs(startedBy(runId), AuditAction.RUN_FAILED, "EvaluationRun", runId, null,
                        Map.of("period", period, "run", runId, "ruleSetVersion", ruleSetVersion(runId), "failure", failure),
                        "Lượt đánh giá " + runId + " của kỳ «" + period + "» thất bại: " + failure);
            }
        });
    }

    private String startedBy(long runId) {
        return jdbc.sql("SELECT started_by FROM evaluation_runs WHERE id = ?").param(runId).query(String.class).single();
    }

    private int ruleSetVersion(long runId) {
        return jdbc.sql("SELECT rule_set_version FROM evaluation_runs WHERE id = ?").param(runId).query(Integer.class).single();
    }
}
