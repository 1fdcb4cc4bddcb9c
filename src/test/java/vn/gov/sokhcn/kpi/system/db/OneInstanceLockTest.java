package vn.gov.sokhcn.kpi.system.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Two instances (two lock clients) on one database, as two services watching the rule folders: only one holds the
 * lock; when it gives it back, or dies and stops renewing, the other takes it (issue 17 item 6).
 */
class OneInstanceLockTest {
    private static final Duration TTL = Duration.ofMillis(1500);
    private static final Duration RETRY = Duration.ofMillis(100);

    private final DriverManagerDataSource database =
            new DriverManagerDataSource("jdbc:h2:mem:locks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final AtomicInteger granted = new AtomicInteger();
    private final AtomicInteger revoked = new AtomicInteger();
    private OneInstanceLock a;
    private OneInstanceLock b;

    @BeforeEach
    void lockTable() {
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V151__int_lock.sql")).execute(database);
    }

    @AfterEach
    void closeBoth() {
        for (OneInstanceLock lock : new OneInstanceLock[] {a, b}) {
            if (lock != null) {
                lock.close();
            }
        }
    }

    @Test
    void shouldLetOnlyOneOfTwoInstancesHoldTheLock() throws Exception {
        a = instance();
        b = instance();

        await(() -> a.held() || b.held());
        Thread.sleep(TTL.toMillis() * 2);

        assertThat(a.held() ^ b.held()).as("exactly one holds it, renewed past its time to live").isTrue();
        assertThat(granted).hasValue(1);
        assertThat(revoked).hasValue(0);
    }

    @Test
    void shouldLetTheOtherTakeTheLockWhenTheHolderGivesItBack() throws Exception {
        a = instance();
        await(a::held);
        b = instance();
        Thread.sleep(RETRY.toMillis() * 3);
        assertThat(b.held()).isFalse();

        a.close();
        a = null;

        await(b::held);
        assertThat(granted).hasValue(2);
        assertThat(revoked).hasValue(1);
    }

    @Test
    void shouldLetTheOtherTakeTheLockOnceADeadHoldersLeaseHasRunOut() throws Exception {
        JdbcLockRegistry dead = new JdbcLockRegistry(repository(), TTL);
        assertThat(dead.obtain("rule-folder-watcher").tryLock()).isTrue();
        long start = System.nanoTime();

        b = instance();
        Thread.sleep(TTL.toMillis() / 2);
        assertThat(b.held()).as("not before the lease has run out").isFalse();

        await(b::held);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(TTL);
    }

    private OneInstanceLock instance() {
        return new OneInstanceLock(repository(), "rule-folder-watcher", TTL, RETRY, granted::incrementAndGet,
                revoked::incrementAndGet);
    }

    /** Each repository is one client (a random id), like each instance of the service. */
    private DefaultLockRepository repository() {
        DefaultLockRepository repository = new DefaultLockRepository(database);
        repository.setRegion("kpi");
        repository.setTransactionManager(new DataSourceTransactionManager(database));
        repository.afterPropertiesSet();
        repository.afterSingletonsInstantiated();
        return repository;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("within 5 s").isTrue();
    }
}
