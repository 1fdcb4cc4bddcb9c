package vn.gov.sokhcn.kpi.ruleset.version;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetChange;
import vn.gov.sokhcn.kpi.ruleset.validation.StructuralDiff;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion.State;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.limits.RuleSetProperties;
import vn.gov.sokhcn.kpi.system.upload.UploadInspector;

/**
 * Drafts of the rule set from uploads, their problems, their approval and their activation (an atomic swap of
 * what is in force), under four eyes ({@link FourEyes}); every step is in the audit log ({@link VersionAudit}).
 */
@Service
public class RuleSetVersions {
    private final VersionStore store;
    private final VersionValidator validator;
    private final ActiveRuleSet active;
    private final TransactionTemplate transactions;
    private final FourEyes fourEyes;
    private final VersionAudit audit;
    private final long maxBytes;
    private final UploadInspector inspector;
    private final DraftSteps steps;
    private final ExpectationChangeStore expectations;
    private final StaleBase staleBase;

    RuleSetVersions(VersionStore store, VersionValidator validator, ActiveRuleSet active, TransactionTemplate transactions,
                    FourEyes fourEyes, VersionAudit audit, RuleSetProperties limits,
                    UploadInspector inspector, DraftSteps steps, ExpectationChangeStore expectations, StaleBase staleBase) {
        this.staleBase = staleBase;
        this.expectations = expectations;
        this.inspector = inspector;
        this.steps = steps;
        this.store = store;
        this.validator = validator;
        this.active = active;
        this.transactions = transactions;
        this.fourEyes = fourEyes;
        this.audit = audit;
        this.maxBytes = limits.maxFileSize().toBytes();
    }

    /**
     * {@code changes}: what changed from the base version, structural changes (code rows, sheets, DRL) first;
     * {@code pendingApproval}: the draft changes rule code, so it is only checked statically until an administrator
     * approves it, and {@code notice} says so.
     */
    public record Draft(int version, State state, String sha256, List<ProblemView> problems, boolean structural,
                        boolean pendingApproval, String notice, List<String> changedFiles, List<RuleSetChange> changes) {
    }

    /** One file of an upload: its name as sent and its bytes. */
    public record UploadedFile(String name, byte[] bytes) {
    }

    /** A DRAFT from an upload by the current user on top of the default active version; stored even when it has problems. */
    public Draft upload(String fileName, byte[] bytes, String comment) {
        return upload(List.of(new UploadedFile(fileName, bytes)), null, comment);
    }

    /**
     * A DRAFT from one or more files by the current user on top of {@code basedOn} (a DRAFT being worked on, or the
     * ACTIVE version the client saw; the default active version in the database when null): the files sent replace
     * theirs, the base's others stay. An ACTIVE base that is no longer the default in force is refused
     * ({@link StaleBaseException}): the upload would undo what was activated since.
     */
    public Draft upload(List<UploadedFile> uploads, String basedOn, String comment) {
        String author = fourEyes.uploader();
        RuleSetVersion baseVersion = steps.base(basedOn, store.activeDefault().orElseGet(() -> active.get().version()));
        RuleSetFiles base = store.files(baseVersion.version());
        return draft(UploadReader.mergeAll(uploads, base, maxBytes, inspector), baseVersion, base, author, comment, List.of());
    }

    public Draft draft(RuleSetFiles files, int baseVersion, RuleSetFiles base, String author, String comment) {
        return draft(files, version(baseVersion), base, author, comment, List.of());
    }

    /**
     * A new step of the DRAFT {@code basedOn} by the current user (a right to upload) whose files rewrite expected
     * results of «Kiểm thử» cases; the changes are stored with the step, in its transaction, and audited.
     * {@code changes} carry no version, author or time yet: the step's are filled in.
     */
    public Draft expectationStep(int basedOn, RuleSetFiles files, String comment, List<ExpectationChange> changes) {
        String author = fourEyes.uploader();
        RuleSetVersion base = version(basedOn);
        if (base.state() != State.DRAFT) {
            throw new vn.gov.sokhcn.kpi.system.ConflictException("Phiên bản " + basedOn + " không phải bản nháp: kết quả "
                    + "mong đợi chỉ được cập nhật trên một bản nháp.");
        }
        return draft(files, base, store.files(basedOn), author, comment, changes);
    }

    /** Refused (403) unless the current user may upload rule files: the right to edit a table in the browser too. */
    public void checkMayUpload() {
        fourEyes.uploader();
    }

    /** Whether the current user may upload rule files (and so edit a draft's tables in the browser). */
    public boolean mayUpload() {
        return fourEyes.mayUpload();
    }

    /** Every expectation change of a version and the draft steps it was built on, oldest first. */
    public List<ExpectationChange> expectationChanges(int version) {
        version(version);
        return steps.expectationChanges(version);
    }

    /** The history of a version: the steps of the draft back to the version it started from, oldest first. */
    public List<DraftSteps.Step> history(int version) {
        version(version);
        return steps.history(version);
    }

    /**
     * A step on a draft whose code still awaits approval is structural too, whatever it changes itself: otherwise
     * a data-only step would carry unapproved code into a build. A step on an approved draft keeps its code as
     * approved, so it is structural only if it changes code again.
     */
    private Draft draft(RuleSetFiles files, RuleSetVersion baseVersion, RuleSetFiles base, String author, String comment,
                        List<ExpectationChange> expectationChanges) {
        List<String> changed = changedFiles(base, files);
        List<RuleSetChange> changes = StructuralDiff.between(base, files);
        boolean structural = changes.stream().anyMatch(RuleSetChange::structural)
                || baseVersion.state() == State.DRAFT && baseVersion.pendingApproval();
        RuleSetVersion stored = transactions.execute(t -> {
            store.changing();
            staleBase.checkUpload(baseVersion);
            int inserted = store.insert(State.DRAFT, files, author, comment, baseVersion.version(), structural);
            RuleSetVersion row = store.find(inserted).orElseThrow();
            audit.uploaded(author, row, changed);
            if (!expectationChanges.isEmpty()) {
                List<ExpectationChange> written = expectationChanges.stream().map(c -> new ExpectationChange(inserted, c.caseId(),
                        c.location(), c.cell(), c.oldValue(), c.newValue(), author, row.createdAt(), comment)).toList();
                written.forEach(expectations::insert);
                audit.expectationsUpdated(author, row, written);
            }
            return row;
        });
        List<ProblemView> problems = validator.problems(stored, files);
        audit.validated(author, stored, problems);
        return new Draft(stored.version(), State.DRAFT, files.sha256(), problems, structural, stored.pendingApproval(),
                stored.notice(), changed, changes);
    }

    public List<RuleSetVersion> all() {
        return store.all();
    }

    public RuleSetVersion version(int version) {
        return store.find(version).orElseThrow(() -> new NotFoundException("phiên bản bộ quy tắc", version));
    }

    public RuleSetFiles files(int version) {
        version(version);
        return store.files(version);
    }

    /** Its problems: only the static checks' while it awaits approval (nothing of it is compiled or run). */
    public List<ProblemView> problems(int version) {
        return validator.problems(version(version), store.files(version));
    }

    /** The compiled set of a version, refused while its code awaits an administrator's approval. */
    public CompiledRuleSet compiled(int version) {
        if (version(version).pendingApproval()) {
            throw new PendingApprovalException(version);
        }
        return active.compiled(version, store.files(version));
    }

    /**
     * An administrator's approval of a structural DRAFT by someone else, needed before it can be activated; the
     * full validation (compilation, checks, «Kiểm thử») runs at once, as the approver, now that its code may run.
     */
    public synchronized RuleSetVersion approve(int version) {
        RuleSetVersion before = version(version);
        String by = fourEyes.approver(before, steps.earlierSteps(version));
        RuleSetVersion approved = transactions.execute(t -> {
            store.approve(version, by);
            RuleSetVersion after = version(version);
            audit.approved(by, before, after);
            return after;
        });
        audit.validated(by, approved, validator.problems(approved, store.files(version)));
        return approved;
    }

    /** Activation by the current user: an HR officer who is not the author, after approval where structural. */
    public RuleSetVersion activate(int version, LocalDate from, LocalDate to) {
        String by = fourEyes.activator(version(version), steps.earlierSteps(version));
        return activateAs(by, version, from, to);
    }

    /**
     * Puts a version without problems in force for {@code by} with no four-eyes check (the server's own
     * tasks: the folder watcher): without a range it becomes the default and the previous default is
     * RETIRED; with a range it applies to periods starting in it, replacing ranged versions it overlaps.
     */
    public RuleSetVersion activateAs(String by, int version, LocalDate from, LocalDate to) {
        return activate(by, version, from, to, false);
    }

    /** The folder watcher's activation of its draft: audited as RULESET_AUTO_ACTIVATED, nobody having looked at it. */
    RuleSetVersion autoActivateFromFolder(int version) {
        return activate(FolderDrafts.AUTHOR, version, null, null, true);
    }

    private synchronized RuleSetVersion activate(String by, int version, LocalDate from, LocalDate to, boolean automatic) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException(List.of(new FieldProblem("effectiveTo", "Ngày kết thúc hiệu lực trước ngày bắt đầu hiệu lực")));
        }
        RuleSetVersion before = version(version);
        if (before.pendingApproval()) {
            throw new PendingApprovalException(version); // FourEyes refuses it first; the server's own tasks too
        }
        List<ProblemView> problems = problems(version);
        if (!problems.isEmpty()) {
            throw new VersionHasProblemsException(version, problems);
        }
        boolean ranged = from != null || to != null;
        transactions.executeWithoutResult(t -> {
            store.changing(); // from here to the commit no other instance changes the versions
            RuleSetVersion now = version(version);
            if (!ranged) {
                staleBase.checkActivation(now);
            }
            int inForce = store.activeDefault().orElseGet(() -> active.get().version());
            List<Integer> retired = new java.util.ArrayList<>();
            for (RuleSetVersion other : store.active()) {
                if (other.version() != version && other.ranged() == ranged && (!ranged || other.overlaps(from, to))) {
                    store.retire(other.version());
                    retired.add(other.version());
                }
            }
            store.activate(version, by, from, to);
            audit.activated(by, before, version(version), inForce, retired, automatic, steps.expectationChanges(version));
        });
        active.refresh();
        return version(version);
    }

    private static List<String> changedFiles(RuleSetFiles base, RuleSetFiles files) {
        TreeSet<String> paths = new TreeSet<>(base.all().keySet());
        paths.addAll(files.all().keySet());
        return paths.stream().filter(p -> !java.util.Arrays.equals(base.all().get(p), files.all().get(p)))
                .filter(Objects::nonNull).toList();
    }
}
