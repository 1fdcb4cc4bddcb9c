package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the newest DRAFT on every instance as soon as it is stored (the {@link VersionChangeWatcher} hears an upload
 * as it hears an activation), so that its activation, on whichever instance, is in force everywhere within the
 * 2 seconds of issue 17: compiling the whole rule set takes seconds, swapping a built one none. Only the newest
 * draft (one build more in memory), and never one whose code awaits an administrator's approval
 * ({@link RuleSetVersions#compiled} refuses it). A draft whose stored validation found problems, or that did not
 * compile here once, is left: it cannot be activated.
 */
@Component
class DraftPrebuild {
    private static final Logger log = LoggerFactory.getLogger(DraftPrebuild.class);
    private final VersionStore store;
    private final RuleSetVersions versions;
    private final ActiveRuleSet active;
    private final ValidationStore validations;
    private String tried = "";

    DraftPrebuild(VersionStore store, RuleSetVersions versions, ActiveRuleSet active, ValidationStore validations) {
        this.store = store;
        this.versions = versions;
        this.active = active;
        this.validations = validations;
    }

    /** Called by the watcher's one thread at a time. */
    synchronized void newestDraft() {
        store.all().stream().filter(v -> v.state() == RuleSetVersion.State.DRAFT)
                .max(Comparator.comparing(RuleSetVersion::version))
                .filter(v -> !v.pendingApproval() && !active.built(v.version(), v.sha256()))
                .filter(v -> !tried.equals(v.version() + ":" + v.sha256()))
                .filter(v -> validations.find(v.version(), v.sha256(), false).map(List::isEmpty).orElse(true))
                .ifPresent(this::build);
    }

    private void build(RuleSetVersion draft) {
        tried = draft.version() + ":" + draft.sha256();
        long start = System.nanoTime();
        try {
            versions.compiled(draft.version());
            log.info("Draft rule set version {} built ahead of its activation in {} ms", draft.version(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.info("Draft rule set version {} not built ahead: {}", draft.version(), e.getMessage());
        }
    }
}
