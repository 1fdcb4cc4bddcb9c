package vn.gov.sokhcn.kpi.ruleset;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rule set evaluations use. It is compiled at start; a rule set with problems stops the start
 * and every problem is printed. An evaluation takes the current set once and finishes on it.
 */
@Component
public class ActiveRuleSet {
    private static final Logger log = LoggerFactory.getLogger(ActiveRuleSet.class);

    private final AtomicReference<CompiledRuleSet> current = new AtomicReference<>();

    public ActiveRuleSet(RuleSetLoader loader) {
        long start = System.nanoTime();
        RuleSetFiles files = loader.load();
        CompiledRuleSet compiled = new RuleSetCompiler().compile(1, files);
        current.set(compiled);
        log.info("Đã nạp bộ quy tắc phiên bản {} ({} tệp, SHA-256 {}) trong {} ms", compiled.version(),
                files.all().size(), compiled.sha256(), (System.nanoTime() - start) / 1_000_000);
    }

    public CompiledRuleSet get() {
        return current.get();
    }
}
