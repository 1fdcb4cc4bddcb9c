package vn.gov.sokhcn.kpi.ruleset.compile;

import java.util.function.Supplier;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.LastUsed;

/**
 * Rule sets built in this JVM, by the SHA-256 of their files: the same files build the same
 * KieBase, so a second build (another version with the same files, another application context in
 * the same test JVM) reuses the first. A built set is immutable and shared (each evaluation opens a
 * session of its own), so one instance may serve any number of versions. Only sets that compiled
 * are kept, and only the few used last, so a server does not hold KieBases it no longer runs. The JVM
 * system property {@code kpi.ruleset.cache-entries} (default 4; 0 keeps none) sets how many: a JVM-wide
 * cache is not a bean, so it is not a Spring property; the benchmark of validation sets 0 to build every upload.
 */
final class CompiledRuleSetCache {
    private static final LastUsed<CompiledRuleSet> BUILT =
            new LastUsed<>(Integer.getInteger("kpi.ruleset.cache-entries", 4));

    private CompiledRuleSetCache() {
    }

    /** The set built from files with this SHA-256, as version {@code version}; built by {@code build} when not kept. */
    static CompiledRuleSet get(String sha256, int version, Supplier<CompiledRuleSet> build) {
        return BUILT.get(sha256, build).asVersion(version);
    }
}
