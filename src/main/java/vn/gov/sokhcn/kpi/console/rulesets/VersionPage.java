package vn.gov.sokhcn.kpi.console.rulesets;

import vn.gov.sokhcn.kpi.ruleset.expectation.FailingCases;
import vn.gov.sokhcn.kpi.ruleset.version.ExpectationChange;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.console.source.SourceRef;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.grid.TableGrids;
import vn.gov.sokhcn.kpi.ruleset.version.DraftSteps;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetChange;
import vn.gov.sokhcn.kpi.ruleset.validation.StructuralDiff;
import vn.gov.sokhcn.kpi.ruleset.version.ProblemView;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;
import vn.gov.sokhcn.kpi.security.CurrentUser;

/**
 * Everything /rulesets/{version} shows: problems at their cells, test cases, the diff against the active version, buttons.
 * A version whose code awaits an administrator's approval shows its notice, its static problems and its diff, and no
 * test cases: nothing of it is compiled or run to make this page.
 */
@Component
class VersionPage {
    private final RuleSetVersions versions;
    private final ActiveRuleSet active;
    private final VersionTests tests;
    private final CurrentUser user;
    private final FailingCases failing;
    private final TableGrids grids;

    VersionPage(RuleSetVersions versions, ActiveRuleSet active, VersionTests tests, CurrentUser user, FailingCases failing,
                TableGrids grids) {
        this.failing = failing;
        this.grids = grids;
        this.versions = versions;
        this.active = active;
        this.tests = tests;
        this.user = user;
    }

    /** A problem, and whether the source page can show its place (a cell, a sheet or a DRL line). */
    record Problem(ProblemView problem, boolean linked, String anchor) {
        static Problem of(ProblemView p) {
            var ref = SourceRef.parse(p.location());
            String anchor = ref.map(r -> r.row() != null ? "#row-" + r.row() : r.line() != null ? "#line-" + r.line() : "")
                    .orElse("");
            return new Problem(p, ref.isPresent(), anchor);
        }
    }

    /** One change against the active version, in words. */
    record Change(String kind, boolean structural, String location, boolean linked, String before, String after,
                  String diff) {
    }

    /** {@code tests} is null and {@code pendingNotice} set while the version awaits approval. */
    /** One step of a draft's history, in words. */
    record Step(int version, String state, String author, String created, String comment, String files) {
        static Step of(DraftSteps.Step s) {
            return new Step(s.version(), VersionTexts.state(s.state()), s.author(), VersionTexts.time(s.createdAt()),
                    s.comment() == null || s.comment().isBlank() ? "—" : s.comment(),
                    s.changedFiles().isEmpty() ? "—" : String.join(", ", s.changedFiles()));
        }
    }

    /** One expected cell rewritten by «Cập nhật kết quả mong đợi», in words. */
    record ExpectationRow(int version, String caseId, String cell, String before, String after, String author, String at,
                          String comment) {
        static ExpectationRow of(ExpectationChange c) {
            return new ExpectationRow(c.version(), c.caseId(), c.cell(), c.oldValue() == null ? "—" : c.oldValue(), c.newValue(),
                    c.author(), VersionTexts.time(c.createdAt()), c.comment());
        }
    }

    /**
     * {@code history}: the steps of a draft back to the version it started from, oldest first; {@code failing}: a draft's
     * failing cases by cause (empty otherwise); {@code expectations}: every expectation rewritten along the draft's steps;
     * {@code tables}: a draft's decision-table sheets by workbook, each opened by «Sửa trong trình duyệt» (empty unless
     * a draft and the user may upload).
     */
    record Model(RuleSetVersion version, VersionRow row, List<Problem> problems, VersionTests.TestRun tests,
                 String pendingNotice, int comparedWith, List<Change> changes, VersionActions actions, List<String> files,
                 List<Step> history, List<FailingCases.Group> failing, List<ExpectationRow> expectations,
                 Map<String, List<String>> tables) {
        /** A draft is worked on by uploading onto it. */
        public boolean draft() {
            return version.state() == RuleSetVersion.State.DRAFT;
        }
    }

    static final String PENDING_SUMMARY = "Chưa chạy: chờ quản trị viên phê duyệt thay đổi mã";

    Model of(int number) {
        RuleSetVersion v = versions.version(number);
        List<Problem> problems = versions.problems(number).stream()
                .map(Problem::of).toList();
        VersionTests.TestRun run = v.pendingApproval() ? null : tests.of(number);
        int inForce = active.get().version();
        List<Change> changes = inForce == number ? List.of()
                : StructuralDiff.between(versions.files(inForce), versions.files(number)).stream().map(VersionPage::change).toList();
        List<String> files = versions.files(number).all().keySet().stream()
                .map(path -> path.substring(path.lastIndexOf('/') + 1)).toList();
        return new Model(v, VersionRow.of(v, run == null ? PENDING_SUMMARY : run.summary()), problems, run, v.notice(), inForce, changes,
                VersionActions.of(v, problems.size(), user), files,
                versions.history(number).stream().map(Step::of).toList(),
                draft(v) && run != null && !problems.isEmpty() ? failing.of(number) : List.of(),
                versions.expectationChanges(number).stream().map(ExpectationRow::of).toList(),
                draft(v) && versions.mayUpload() ? grids.sheets(number) : Map.of());
    }

    private static boolean draft(RuleSetVersion v) {
        return v.state() == RuleSetVersion.State.DRAFT;
    }

    private static Change change(RuleSetChange c) {
        return new Change(VersionTexts.change(c.kind()), c.structural(), c.location(),
                SourceRef.parse(c.location()).isPresent() && c.kind() != RuleSetChange.Kind.SHEET_REMOVED
                        && c.kind() != RuleSetChange.Kind.FILE_REMOVED,
                c.before(), c.after(), String.join("\n", c.diff()));
    }
}
