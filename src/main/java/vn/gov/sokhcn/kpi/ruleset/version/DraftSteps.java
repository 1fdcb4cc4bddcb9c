package vn.gov.sokhcn.kpi.ruleset.version;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion.State;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * A draft is worked on in steps: an upload may name a DRAFT as its base ({@code basedOn}), and each step is a new
 * DRAFT whose {@code based_on} points at the one before, back to the ACTIVE version the work started from.
 */
@Component
public class DraftSteps {
    private final VersionStore store;
    private final ExpectationChangeStore expectations;

    DraftSteps(VersionStore store, ExpectationChangeStore expectations) {
        this.store = store;
        this.expectations = expectations;
    }

    /**
     * One step of a draft's history: who, when, why, which files it changed against the step before, and the
     * expected results of «Kiểm thử» cases it rewrote.
     */
    public record Step(int version, State state, String author, LocalDateTime createdAt, String comment, Integer basedOn,
                       boolean structural, String approvedBy, List<String> changedFiles,
                       List<ExpectationChange> expectationChanges) {
    }

    /** Every expectation change of the version and the drafts it was built on, oldest step first. */
    public List<ExpectationChange> expectationChanges(int version) {
        return expectations.of(chain(version).stream().filter(v -> v.state() == State.DRAFT || v.version() == version)
                .map(RuleSetVersion::version).toList());
    }

    /** The version an upload builds on: {@code basedOn} when given (a DRAFT, or an ACTIVE version), else {@code byDefault}. */
    RuleSetVersion base(String basedOn, int byDefault) {
        if (basedOn == null || basedOn.isBlank()) {
            return store.find(byDefault).orElseThrow();
        }
        String text = basedOn.strip();
        if (!text.matches("\\d{1,9}")) {
            throw new InvalidRequestException(List.of(new FieldProblem("basedOn",
                    "Cần số của phiên bản làm nền (ví dụ 5), không phải «" + text + "»")));
        }
        RuleSetVersion base = store.find(Integer.parseInt(text)).orElseThrow(() -> new InvalidRequestException(List.of(
                new FieldProblem("basedOn", "Không có phiên bản bộ quy tắc " + text + " để làm nền"))));
        if (base.state() == State.RETIRED && base.ranged()) { // a retired default: StaleBase names the one in force
            throw new ConflictException("Phiên bản " + base.version() + " đã ngừng áp dụng nên không làm nền được; "
                    + "hãy tải lên dựa trên một bản nháp hoặc phiên bản đang áp dụng.");
        }
        return base;
    }

    /**
     * The version and the drafts it was built on, newest first, ending at the first base that is not a draft (the
     * version the work started from): an activated last step still shows its steps.
     */
    List<RuleSetVersion> chain(int version) {
        List<RuleSetVersion> chain = new ArrayList<>();
        RuleSetVersion v = store.find(version).orElseThrow();
        chain.add(v);
        while (v.basedOn() != null && v.basedOn() < v.version()) {
            RuleSetVersion base = store.find(v.basedOn()).orElseThrow();
            chain.add(base);
            if (base.state() != State.DRAFT) {
                break;
            }
            v = base;
        }
        return chain;
    }

    /** The draft steps before this version (four eyes: none of their authors activates or approves the last). */
    List<RuleSetVersion> earlierSteps(int version) {
        return chain(version).stream().skip(1).filter(v -> v.state() == State.DRAFT).toList();
    }

    /** The history of a version, oldest first: the version it started from, then each step with its changed files. */
    public List<Step> history(int version) {
        List<Step> steps = new ArrayList<>();
        for (RuleSetVersion v : chain(version)) {
            List<String> changed = v.basedOn() == null ? List.of() : changed(store.fileHashes(v.basedOn()), store.fileHashes(v.version()));
            steps.add(new Step(v.version(), v.state(), v.author(), v.createdAt(), v.comment(), v.basedOn(), v.structural(),
                    v.approvedBy(), changed, expectations.of(List.of(v.version()))));
        }
        Collections.reverse(steps);
        return steps;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(p -> !Objects.equals(before.get(p), after.get(p))).toList();
    }
}
