package vn.gov.sokhcn.kpi.evaluation.run;

import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.system.InstanceIdentity;

/**
 * A RUNNING run whose instance stopped beating for longer than {@code kpi.runs.lease} was interrupted (that
 * instance stopped or lost the database): its results were never committed, so any live instance marks it
 * FAILED, naming the instance and its last beat — at start, every {@code kpi.runs.sweep-every}, and before
 * refusing a run of its period. A run whose instance still beats is never touched, whoever looks.
 */
@Component
class InterruptedRuns {
    static final String ACTOR = "hệ thống";
    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final RunProperties properties;
    private final InstanceIdentity instance;
    private final ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "run-lease-sweep");
        thread.setDaemon(true);
        return thread;
    });

    InterruptedRuns(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, RunProperties properties,
                    InstanceIdentity instance) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.instance = instance;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSweeping() {
        markFailed();
        long every = properties.sweepEvery().toMillis();
        if (every > 0) {
            sweeps.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Marks FAILED every RUNNING run whose lease expired, each with its audit event; answers how many. */
    int markFailed() {
        OffsetDateTime now = jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
        OffsetDateTime cutoff = now.minus(properties.lease());
        List<Expired> expired = jdbc.sql("""
                SELECT r.id, p.code, r.instance_id, COALESCE(r.heartbeat_at, r.started_at) AS last_beat, r.rule_set_version
                FROM evaluation_runs r JOIN periods p ON p.id = r.period_id
                WHERE r.state = 'RUNNING' AND COALESCE(r.heartbeat_at, r.started_at) < :cutoff
                """).param("cutoff", cutoff)
                .query((rs, n) -> new Expired(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, Integer.class))).list();
        int marked = 0;
        for (Expired run : expired) {
            if (Boolean.TRUE.equals(transactions.execute(status -> fail(run, cutoff)))) {
                marked++;
            }
        }
        return marked;
    }

    private boolean fail(Expired run, OffsetDateTime cutoff) {
        String failure = failure(run);
        // the lease is checked again in the update: a beat that came in meanwhile keeps the run
        int updated = jdbc.sql("""
                UPDATE evaluation_runs SET state = 'FAILED', finished_at = CURRENT_TIMESTAMP, failure = :failure
                WHERE id = :id AND state = 'RUNNING' AND COALESCE(heartbeat_at, started_at) < :cutoff
                """).param("failure", failure).param("id", run.id()).param("cutoff", cutoff).update();
        if (updated == 0) {
            return false;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("period", run.period());
        after.put("run", run.id());
        if (run.ruleSetVersion() != null) {
            after.put("ruleSetVersion", run.ruleSetVersion());
        }
        after.put("failure", failure);
        after.put("runInstance", run.instance() == null ? "" : run.instance());
        after.put("markedBy", instance.id());
        audit.recordAs(ACTOR, AuditAction.RUN_FAILED, "EvaluationRun", run.id(), null, after,
                "Lượt đánh giá " + run.id() + " của kỳ «" + run.period() + "» thất bại: " + failure);
        log.warn("Run {} of period {} marked FAILED: instance {} stopped beating at {}", run.id(), run.period(),
                run.instance(), run.lastBeat());
        return true;
    }

    static String failure(Expired run) {
        String who = run.instance() == null ? "dịch vụ chạy lượt này" : "phiên bản dịch vụ chạy trên "
                + InstanceIdentity.describe(run.instance());
        return "Lượt đánh giá bị gián đoạn: " + who + " ngừng báo hiệu từ "
                + RunningRuns.at(run.lastBeat()) + "; không có kết quả nào được lưu. Hãy chạy lại.";
    }

    private void sweep() {
        try {
            markFailed();
        } catch (RuntimeException e) {
            log.warn("Sweep of runs with an expired lease failed", e);
        }
    }

    /** Without interrupting: an interrupt inside an H2 file operation closes the embedded database. */
    @PreDestroy
    void stop() {
        sweeps.shutdown();
    }

    record Expired(long id, String period, String instance, OffsetDateTime lastBeat, Integer ruleSetVersion) {
    }
}
