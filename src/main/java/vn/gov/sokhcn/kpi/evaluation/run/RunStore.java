package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.evaluation.RuleBase;
import vn.gov.sokhcn.kpi.system.InstanceIdentity;

/**
 * Writes runs. A run is inserted RUNNING in a transaction of its own (so that a failure can be
 * recorded on it, and other instances see it running), with this instance's id; its results and its
 * COMPLETED state are written together in one transaction, so a run either has all of its results or
 * none; a failure marks it FAILED with the reason.
 */
@Component
class RunStore {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final RunResultWriter results;
    private final AuditLog audit;
    private final InstanceIdentity instance;
    private final InterruptedRuns interrupted;
    private final RunningRuns running;

    RunStore(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, RunResultWriter results, AuditLog audit,
             InstanceIdentity instance, InterruptedRuns interrupted, RunningRuns running) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.results = results;
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

    void complete(long runId, PeriodInputs inputs, EvaluationResponse response,
                  Map<String, ResultDetails.UnitShares> unitShares, RunProgress progress) {
        String inputsJson = json.writeValueAsString(inputs.request());
        transactions.executeWithoutResult(status -> {
            results.write(runId, inputs, response, unitShares, progress);
            int updated = jdbc.sql("""
                    UPDATE evaluation_runs SET state = 'COMPLETED', regime = :regime, finished_at = :finishedAt,
                           employee_count = :employees, unit_count = :units, inputs = :inputs
                    WHERE id = :id AND state = 'RUNNING'
                    """)
                    .param("regime", response.regime())
                    .param("finishedAt", OffsetDateTime.now())
                    .param("employees", response.employees().size())
                    .param("units", response.units().size())
                    .param("inputs", inputsJson)
                    .param("id", runId)
                    .update();
            if (updated != 1) {
                throw new IllegalStateException("Lượt đánh giá " + runId + " không còn ở trạng thái đang chạy");
            }
            String period = inputs.period().code();
            audit.recordAs(startedBy(runId), AuditAction.RUN_COMPLETED, "EvaluationRun", runId, null,
                    Map.of("period", period, "run", runId, "ruleSetVersion", ruleSetVersion(runId),
                            "employees", response.employees().size(), "units", response.units().size()),
                    "Hoàn thành lượt đánh giá " + runId + " của kỳ «" + period + "»: " + response.employees().size()
                            + " cán bộ, " + response.units().size() + " đơn vị");
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
