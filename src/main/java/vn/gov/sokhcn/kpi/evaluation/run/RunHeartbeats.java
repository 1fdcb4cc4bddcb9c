package vn.gov.sokhcn.kpi.evaluation.run;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The heartbeat of each RUNNING run of this instance: a task of its own (so it beats during one long rule
 * session too) that stamps {@code heartbeat_at} with the database's clock and stores the run's progress,
 * each beat in its own transaction so every instance reads it at once. Other instances fail a run whose
 * beat is older than the lease ({@link InterruptedRuns}).
 */
@Component
class RunHeartbeats {
    private static final Logger log = LoggerFactory.getLogger(RunHeartbeats.class);

    private final JdbcClient jdbc;
    private final RunProperties properties;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "run-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    RunHeartbeats(JdbcClient jdbc, RunProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Starts beating for the run until the answer is closed. */
    Beating start(long runId, RunProgress progress) {
        long every = properties.heartbeat().toMillis();
        ScheduledFuture<?> task = beats.scheduleWithFixedDelay(() -> beat(runId, progress), every, every, TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    /** One beat; a failed beat is logged and the next one tried (the lease allows several to be missed). */
    void beat(long runId, RunProgress progress) {
        try {
            jdbc.sql("""
                    UPDATE evaluation_runs SET heartbeat_at = CURRENT_TIMESTAMP, people_total = :total, people_done = :done,
                           progress_percent = :percent
                    WHERE id = :id AND state = 'RUNNING'
                    """)
                    .param("total", progress.peopleTotal()).param("done", progress.peopleDone())
                    .param("percent", progress.percent()).param("id", runId).update();
        } catch (RuntimeException e) {
            log.warn("Heartbeat of run {} failed", runId, e);
        }
    }

    /** Without interrupting: an interrupt inside an H2 file operation closes the embedded database. */
    @PreDestroy
    void stop() {
        beats.shutdown();
    }

    /** A run's heartbeat; closing it stops the beats. */
    interface Beating extends AutoCloseable {
        @Override
        void close();
    }
}
