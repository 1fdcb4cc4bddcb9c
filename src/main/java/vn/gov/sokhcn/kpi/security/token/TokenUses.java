package vn.gov.sokhcn.kpi.security.token;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The uses of API tokens, written once a second in one transaction instead of on each request: per token the count
 * and the last use, and one audit event per request ({@link ApiTokensUsed}, written by the audit log in a batch).
 * A synchronous audit row per request would add a write and a commit to a request the targets give 10 ms; this way
 * every use is still traced, at most a second late. Written also at shutdown; a killed process loses at most that
 * last second of traces.
 */
@Component
class TokenUses implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(TokenUses.class);

    private final ConcurrentLinkedQueue<ApiTokensUsed.Use> pending = new ConcurrentLinkedQueue<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "api-token-uses");
        thread.setDaemon(true);
        return thread;
    });

    TokenUses(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        writer.scheduleWithFixedDelay(this::flushQuietly, 1, 1, TimeUnit.SECONDS);
    }

    void add(ApiTokensUsed.Use use) {
        pending.add(use);
    }

    /** Writes the uses so far; a caller that finds another batch being written waits for it. */
    synchronized void flush() {
        List<ApiTokensUsed.Use> batch = new ArrayList<>();
        for (ApiTokensUsed.Use use; (use = pending.poll()) != null; ) {
            batch.add(use);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            write(batch);
        } catch (RuntimeException e) {
            pending.addAll(batch); // kept for the next batch: no use goes untraced because the database hiccuped
            throw e;
        }
    }

    private void write(List<ApiTokensUsed.Use> batch) {
        Map<String, List<ApiTokensUsed.Use>> byToken = batch.stream()
                .collect(Collectors.groupingBy(ApiTokensUsed.Use::tokenName));
        transaction.executeWithoutResult(status -> {
            byToken.forEach((name, uses) -> jdbc.sql("""
                            UPDATE api_tokens SET use_count = use_count + :count,
                                last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at < :last THEN :last
                                               ELSE last_used_at END
                            WHERE name = :name""")
                    .param("count", uses.size()).param("name", name)
                    .param("last", uses.stream().map(ApiTokensUsed.Use::at).max(Comparator.naturalOrder())
                            .orElseGet(LocalDateTime::now))
                    .update());
            events.publishEvent(new ApiTokensUsed(List.copyOf(batch)));
        });
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.error("Could not write the uses of API tokens; trying again with the next batch", e);
        }
    }

    @Override
    public void destroy() {
        writer.shutdown();
        flushQuietly();
    }
}
