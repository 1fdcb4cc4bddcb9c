package vn.gov.sokhcn.kpi.ruleset.version;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.DatabaseVendor;

/**
 * Brings an activation, retirement or rollback done by another instance into force here: every change of the
 * versions counts itself in {@code rule_set_changes} and, on PostgreSQL, sends a NOTIFY ({@link VersionStore#changing()}).
 * One daemon thread LISTENs on a connection of its own (reconnecting after a failure); another polls the counter
 * (the fallback, and the only way on H2). Either one, seeing a new count, refreshes {@link ActiveRuleSet}.
 */
@Component
class VersionChangeWatcher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(VersionChangeWatcher.class);

    private final VersionStore store;
    private final ActiveRuleSet active;
    private final DraftPrebuild drafts;
    private final DataSource dataSource;
    private final boolean listen;
    private final long pollMs;
    private volatile ScheduledExecutorService poller;
    private volatile boolean running;
    private long seen = -1;

    VersionChangeWatcher(VersionStore store, ActiveRuleSet active, DraftPrebuild drafts, DataSource dataSource,
                         DatabaseVendor vendor, VersionSyncProperties properties) {
        this.store = store;
        this.active = active;
        this.drafts = drafts;
        this.dataSource = dataSource;
        this.listen = vendor.postgres() && properties.listen();
        this.pollMs = properties.pollMs();
    }

    /**
     * Refreshes what is in force when the versions changed since the last look, then builds a new draft ahead of its
     * activation; a failure waits for the next change.
     */
    synchronized void check() {
        try {
            long count = store.changeCount();
            if (count != seen) {
                active.refresh();
                seen = count;
                drafts.newestDraft();
            }
        } catch (RuntimeException e) {
            log.warn("Chưa cập nhật được bộ quy tắc đang áp dụng từ cơ sở dữ liệu; sẽ thử lại: {}", e.toString());
        }
    }

    @Override
    public void start() {
        running = true;
        poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rule-set-poll"));
        poller.scheduleWithFixedDelay(this::check, pollMs, pollMs, TimeUnit.MILLISECONDS);
        if (listen) {
            daemon(this::listenLoop, "rule-set-listen").start();
        }
    }

    private void listenLoop() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + VersionStore.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                check(); // a change between two connections was not heard
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null && notifications.length > 0) {
                        check();
                    }
                }
            } catch (Exception e) {
                if (running) {
                    log.warn("Mất kết nối LISTEN {}; kết nối lại sau 1 giây (vẫn dò định kỳ): {}", VersionStore.CHANNEL, e.toString());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * No interrupt: an interrupted thread inside an H2 file operation closes the whole database (H2 closes its
     * FileChannel on ClosedByInterruptException). The poll ends after its query, the LISTEN loop within half a second.
     */
    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
