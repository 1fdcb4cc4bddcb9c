package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion.State;

/**
 * The compare of a compare-and-set against lost updates: called in the writing transaction after
 * {@link VersionStore#changing()} holds the lock, so no activation can slip between the check and the write.
 * Only work on the default counts: a base with an effective range (the rules of another time) or a rollback to an
 * earlier version is deliberate.
 */
@Component
class StaleBase {
    private final VersionStore store;
    private final DraftSteps steps;

    StaleBase(VersionStore store, DraftSteps steps) {
        this.store = store;
        this.steps = steps;
    }

    /** An upload onto a version that is not a draft: it must be the ACTIVE default now. */
    void checkUpload(RuleSetVersion base) {
        if (base.state() == State.DRAFT || base.ranged()) {
            return; // a draft's start is checked when it is activated
        }
        int active = store.activeDefault().orElse(base.version());
        if (active != base.version()) {
            throw StaleBaseException.upload(base.version(), active);
        }
    }

    /** Activating a draft as the default: the version its steps started from must still be the ACTIVE default. */
    void checkActivation(RuleSetVersion version) {
        if (version.state() != State.DRAFT) {
            return;
        }
        List<RuleSetVersion> chain = steps.chain(version.version());
        RuleSetVersion start = chain.get(chain.size() - 1);
        if (start.state() == State.DRAFT || start.ranged()) {
            return; // no base, or work on the rules of another time
        }
        int active = store.activeDefault().orElse(start.version());
        if (active != start.version()) {
            throw StaleBaseException.activation(version.version(), start.version(), active);
        }
    }
}
