package vn.gov.sokhcn.kpi.ruleset.version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.integration.jdbc.lock.LockRepository;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.RuleFolders;
import vn.gov.sokhcn.kpi.system.db.OneInstanceLock;

/**
 * Hot reload: watches the rule folders ({@code kpi.rules.dir}, {@code kpi.decision-tables.dir}); a change,
 * once the folders have been quiet for {@code kpi.rules.watch-quiet-ms}, becomes a DRAFT (see {@link FolderDrafts})
 * that is activated when {@code kpi.rules.auto-activate} is true and it has no problems. Off unless
 * {@code kpi.rules.watch=true} (the demo and dev profiles), and when no folder exists (the copy in the jar is used).
 * With several instances on one database only the one holding the lock «rule-folder-watcher» watches (the others
 * try to take it every {@code kpi.rules.watch-lock-retry}; a dead holder's lock expires after
 * {@code kpi.rules.watch-lock-ttl}), so one change becomes one draft.
 */
@Component
class RuleFolderWatcher implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RuleFolderWatcher.class);

    private final List<Path> folders;
    private final FolderDrafts drafts;
    private final boolean enabled;
    private final long quietMs;
    private final LockRepository locks;
    private final RuleWatchProperties properties;
    private volatile WatchService watcher;
    private OneInstanceLock lock;

    RuleFolderWatcher(RuleFolders folders, FolderDrafts drafts, RuleWatchProperties properties, LockRepository locks) {
        this.folders = Stream.of(folders.rules().dir(), folders.decisionTables().dir()).map(Path::of)
                .filter(Files::isDirectory).toList();
        this.drafts = drafts;
        this.enabled = properties.watch();
        this.quietMs = properties.watchQuietMs();
        this.locks = locks;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled || folders.isEmpty()) {
            log.info("Không theo dõi thay đổi của thư mục quy tắc ({})", enabled ? "không có thư mục" : "kpi.rules.watch=false");
            return;
        }
        lock = new OneInstanceLock(locks, "rule-folder-watcher", properties.watchLockTtl(), properties.watchLockRetry(),
                this::startWatching, this::stopWatching);
    }

    /** Whether this instance watches the folders now (it holds the lock). */
    boolean watching() {
        return watcher != null;
    }

    private void startWatching() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            register();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(this::watch, "rule-folder-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Theo dõi thay đổi trong {}", folders.stream().map(p -> p.toAbsolutePath().toString()).toList());
    }

    /** Closing the watch service ends the thread once a draft in progress is written; it is never interrupted. */
    private void stopWatching() {
        WatchService closing = watcher;
        watcher = null;
        if (closing != null) {
            try {
                closing.close();
            } catch (IOException e) {
                log.debug("Đóng theo dõi thư mục quy tắc", e);
            }
        }
    }

    private void register() throws IOException {
        register(watcher);
    }

    private void register(WatchService watcher) throws IOException {
        for (Path folder : folders) {
            try (Stream<Path> dirs = Files.walk(folder)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    private void watch() {
        WatchService watcher = this.watcher;
        try {
            while (true) {
                var key = watcher.take();
                key.pollEvents();
                key.reset();
                for (var more = watcher.poll(quietMs, TimeUnit.MILLISECONDS); more != null;
                     more = watcher.poll(quietMs, TimeUnit.MILLISECONDS)) {
                    more.pollEvents();
                    more.reset();
                }
                register(watcher);
                drafts.fromFolders();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            log.debug("Ngừng theo dõi thư mục quy tắc");
        } catch (IOException | RuntimeException e) {
            log.error("Ngừng theo dõi thư mục quy tắc do lỗi", e);
        }
    }

    @Override
    public void destroy() {
        if (lock != null) {
            lock.close();
        }
        stopWatching();
    }
}
