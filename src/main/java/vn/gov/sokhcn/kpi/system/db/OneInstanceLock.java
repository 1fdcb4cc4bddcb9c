package vn.gov.sokhcn.kpi.system.db;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.jdbc.lock.LockRepository;

/**
 * "Only one instance does this": a lock in the database (Spring Integration's {@link JdbcLockRegistry}, table
 * INT_LOCK) that the holder renews every {@code retry} and that expires {@code ttl} after its last renewal, so when
 * the holder dies another instance, trying every {@code retry}, takes over within {@code ttl + retry}. Every lock
 * call runs on one thread of its own (a JDBC lock belongs to the thread that took it), which is never interrupted:
 * an interrupt during file I/O closes an embedded H2 database.
 */
public final class OneInstanceLock implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OneInstanceLock.class);

    private final JdbcLockRegistry registry;
    private final String key;
    private final Lock lock;
    private final ScheduledExecutorService thread;
    private final Runnable onGranted;
    private final Runnable onRevoked;
    private boolean held;

    public OneInstanceLock(LockRepository repository, String key, Duration ttl, Duration retry, Runnable onGranted,
                           Runnable onRevoked) {
        this.registry = new JdbcLockRegistry(repository, ttl);
        this.key = key;
        this.lock = registry.obtain(key);
        this.onGranted = onGranted;
        this.onRevoked = onRevoked;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lock-" + key);
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::tryOrRenew, 0, retry.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether this instance holds the lock now. */
    public synchronized boolean held() {
        return held;
    }

    private void tryOrRenew() {
        try {
            if (held()) {
                registry.renewLock(key);
            } else if (lock.tryLock()) {
                grant();
            }
        } catch (RuntimeException e) {
            // the database refused or lost the lock (another instance took an expired one): stop until taken again
            log.warn("Khóa «{}» không gia hạn được: {}", key, e.toString());
            revoke();
        }
    }

    private void grant() {
        synchronized (this) {
            held = true;
        }
        log.info("Phiên bản này giữ khóa «{}»", key);
        onGranted.run();
    }

    private void revoke() {
        boolean was;
        synchronized (this) {
            was = held;
            held = false;
        }
        if (was) {
            onRevoked.run();
            try {
                lock.unlock();
            } catch (RuntimeException e) {
                log.debug("Khóa «{}» đã mất", key, e);
            }
        }
    }

    /** Gives the lock back (another instance may take it at its next try) and stops trying; waits, never interrupts. */
    @Override
    public void close() {
        thread.execute(this::revoke);
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
