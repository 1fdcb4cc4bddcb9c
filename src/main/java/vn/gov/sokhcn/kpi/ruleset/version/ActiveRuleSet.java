package vn.gov.sokhcn.kpi.ruleset.version;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.evaluation.RuleBases;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetLoader;
import vn.gov.sokhcn.kpi.system.StartupLock;

/**
 * The rule sets evaluations use: the ACTIVE versions stored in the database, compiled once each
 * (KieBases are cached per version). At the first start (no version stored) the files of the folders
 * become version 1, ACTIVE, under the {@link StartupLock} (instances starting together store it once). A set
 * with problems stops the start and every problem is printed. An evaluation takes its set once ({@link #get()} or
 * {@link #forPeriod}) and finishes on it; an activation, here or on another instance ({@link VersionChangeWatcher}),
 * swaps what is in force atomically. The compiled sets are only a cache, keyed by version and SHA-256.
 */
@Component
public class ActiveRuleSet implements RuleBases {
    /** The author of version 1, the folders read at the first start: the server operator's. */
    public static final String FIRST_START_AUTHOR = "hệ thống";
    private static final Logger log = LoggerFactory.getLogger(ActiveRuleSet.class);

    /** The default version and the versions with an effective range. */
    private record InForce(CompiledRuleSet byDefault, List<Ranged> ranged) {
    }

    private record Ranged(RuleSetVersion version, CompiledRuleSet compiled) {
    }

    private final VersionStore store;
    private final Map<Integer, CompiledRuleSet> compiled = new ConcurrentHashMap<>();
    private final Map<Integer, Object> building = new ConcurrentHashMap<>();
    private final AtomicReference<InForce> current = new AtomicReference<>();

    public ActiveRuleSet(RuleSetLoader loader, VersionStore store, AuditLog audit, StartupLock startup) {
        this.store = store;
        long start = System.nanoTime();
        startup.once(() -> firstStart(loader, audit));
        refresh();
        CompiledRuleSet set = get();
        log.info("Đã nạp bộ quy tắc phiên bản {} (SHA-256 {}) từ cơ sở dữ liệu trong {} ms", set.version(), set.sha256(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** At the first start (no version stored yet) the folders become version 1, ACTIVE. */
    private void firstStart(RuleSetLoader loader, AuditLog audit) {
        if (store.all().isEmpty()) {
            RuleSetFiles files = loader.load();
            compiled(1, files);
            int version = store.insert(RuleSetVersion.State.ACTIVE, files, FIRST_START_AUTHOR,
                    "Bộ quy tắc đọc từ thư mục ở lần khởi động đầu tiên", null, false);
            audit.recordAs(FIRST_START_AUTHOR, AuditAction.RULESET_ACTIVATED, "RuleSetVersion", version, null,
                    store.find(version).orElseThrow(), "Lưu bộ quy tắc đọc từ thư mục ở lần khởi động đầu tiên thành phiên bản "
                            + version + " và áp dụng");
            log.info("Lưu bộ quy tắc từ thư mục thành phiên bản {} (ACTIVE)", version);
        }
    }

    /** The default version in force, or null before the first load (readiness: {@link RuleSetHealth}). */
    CompiledRuleSet loaded() {
        InForce inForce = current.get();
        return inForce == null ? null : inForce.byDefault();
    }

    /** The default version in force. */
    public CompiledRuleSet get() {
        return current.get().byDefault();
    }

    /** The version in force for a period starting on this date: a ranged version covering it, else the default. */
    public CompiledRuleSet forPeriod(LocalDate start) {
        InForce inForce = current.get();
        if (start != null) {
            for (Ranged r : inForce.ranged()) {
                if (r.version().covers(start)) {
                    return r.compiled();
                }
            }
        }
        return inForce.byDefault();
    }

    /** Reads the ACTIVE versions first (compiling one it has not built yet), so the answer is never behind. */
    @Override
    public CompiledRuleSet inForceNow(LocalDate start) {
        refresh();
        return forPeriod(start);
    }

    /** Whether the compiled set of this version and these files is built already. */
    boolean built(int version, String sha256) {
        CompiledRuleSet cached = compiled.get(version);
        return cached != null && cached.sha256().equals(sha256);
    }

    /**
     * The compiled set of a version, built once; throws {@link RuleSetProblemsException} when it does not compile.
     * An entry serves only the same files (SHA-256): a version number is not reused in a database, but a test may
     * reset its database under a running application.
     */
    public CompiledRuleSet compiled(int version, RuleSetFiles files) {
        if (built(version, files.sha256())) {
            return compiled.get(version);
        }
        // one build per version at a time: an upload's validation and the watcher's build ahead of it ask at once
        synchronized (building.computeIfAbsent(version, v -> new Object())) {
            if (built(version, files.sha256())) {
                return compiled.get(version);
            }
            CompiledRuleSet built = new RuleSetCompiler().compile(version, files);
            compiled.put(version, built);
            return built;
        }
    }

    private CompiledRuleSet stored(RuleSetVersion version) {
        CompiledRuleSet cached = compiled.get(version.version());
        return cached != null && cached.sha256().equals(version.sha256()) ? cached
                : compiled(version.version(), store.files(version.version()));
    }

    /** Puts the ACTIVE versions stored now in force, at once. */
    public synchronized void refresh() {
        List<RuleSetVersion> active = store.active();
        RuleSetVersion byDefault = active.stream().filter(v -> !v.ranged()).max(Comparator.comparing(RuleSetVersion::version))
                .orElseGet(() -> active.stream().max(Comparator.comparing(RuleSetVersion::version))
                        .orElseThrow(() -> new IllegalStateException("Không có phiên bản bộ quy tắc nào đang áp dụng")));
        List<Ranged> ranged = active.stream().filter(RuleSetVersion::ranged)
                .sorted(Comparator.comparing(RuleSetVersion::version).reversed())
                .map(v -> new Ranged(v, stored(v))).toList();
        InForce next = new InForce(stored(byDefault), ranged);
        InForce previous = current.getAndSet(next);
        if (previous != null && previous.byDefault().version() != next.byDefault().version()) {
            log.info("Bộ quy tắc đang áp dụng đổi từ phiên bản {} sang phiên bản {}", previous.byDefault().version(),
                    next.byDefault().version());
        }
    }
}
