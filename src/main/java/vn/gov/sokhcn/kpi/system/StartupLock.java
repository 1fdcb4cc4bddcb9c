package vn.gov.sokhcn.kpi.system;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First-start work (version 1 of the rule set, the first administrator, the demo data) done once however many
 * instances start at the same time on one empty database: on PostgreSQL the work runs in a transaction holding a
 * transaction-level advisory lock with a fixed key, so a second instance waits and then finds the work done. H2
 * serves one instance only (an embedded file), so there the work just runs in a transaction.
 */
@Component
public class StartupLock {
    /** Any fixed number: every instance of the service must use the same one. */
    static final long KEY = 0x4b50_4931_3700_0001L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DatabaseVendor vendor;

    StartupLock(JdbcClient jdbc, TransactionTemplate transactions, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.vendor = vendor;
    }

    /** Runs {@code work} (which checks whether it is still needed) alone among the instances, in one transaction. */
    public <T> T once(Supplier<T> work) {
        return transactions.execute(t -> {
            if (vendor.postgres()) {
                jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(KEY).query().singleRow();
            }
            return work.get();
        });
    }

    public void once(Runnable work) {
        once(() -> {
            work.run();
            return null;
        });
    }
}
