package vn.gov.sokhcn.kpi.console.rulesets;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetProblemsException;
import vn.gov.sokhcn.kpi.ruleset.validation.cases.CaseResult;
import vn.gov.sokhcn.kpi.ruleset.validation.cases.WorkbookTestRunner;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/**
 * The «Kiểm thử» cases of a version's workbooks, run with the version's compiled rules by the same
 * runner validation uses; the last run of each version is stored by its files' SHA-256 ({@link TestRunStore}), so
 * every instance shows the same.
 */
@Component
class VersionTests {
    private final RuleSetVersions versions;
    private final WorkbookTestRunner runner;
    private final TestRunStore stored;

    VersionTests(RuleSetVersions versions, WorkbookTestRunner runner, TestRunStore stored) {
        this.versions = versions;
        this.runner = runner;
        this.stored = stored;
    }

    /** One run of the cases: {@code failure} says why none could run (the rules do not compile). */
    record TestRun(List<CaseResult> cases, List<RuleProblem> unreadable, String failure, LocalDateTime ranAt) {

        public long passed() {
            return cases.stream().filter(CaseResult::passed).count();
        }

        public long failed() {
            return cases.size() - passed();
        }

        /** «78/78 ca đạt», «75/78 ca đạt, 3 ca sai», or why nothing ran. */
        public String summary() {
            if (failure != null) {
                return "Chưa chạy được: bộ quy tắc chưa biên dịch được";
            }
            String text = passed() + "/" + cases.size() + " ca đạt";
            return failed() == 0 ? text : text + ", " + failed() + " ca sai";
        }
    }

    Optional<TestRun> known(int version) {
        return stored.find(version, versions.version(version).sha256());
    }

    /**
     * The last run of the version's cases, running them first if they never ran; refused
     * ({@link vn.gov.sokhcn.kpi.ruleset.version.PendingApprovalException}) while its code awaits approval.
     */
    TestRun of(int version) {
        return known(version).orElseGet(() -> run(version));
    }

    TestRun run(int version) {
        RuleSetFiles files = versions.files(version);
        TestRun result;
        try {
            WorkbookTestRunner.Report report = runner.run(files, versions.compiled(version));
            result = new TestRun(report.cases(), report.unreadable(), null, ranNow());
        } catch (RuleSetProblemsException e) {
            result = new TestRun(List.of(), List.of(), "Bộ quy tắc của phiên bản " + version + " chưa biên dịch được ("
                    + e.problems().size() + " lỗi ở mục «Lỗi»), nên chưa chạy được ca kiểm thử nào.", ranNow());
        }
        stored.save(version, versions.version(version).sha256(), result);
        return result;
    }

    /** To the microsecond, as the stored column keeps it: the run read back equals the run just made. */
    private static LocalDateTime ranNow() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
