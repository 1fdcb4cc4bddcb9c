package vn.gov.sokhcn.kpi.ruleset.expectation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetChange;
import vn.gov.sokhcn.kpi.ruleset.validation.StructuralDiff;
import vn.gov.sokhcn.kpi.ruleset.validation.cases.CaseResult;
import vn.gov.sokhcn.kpi.ruleset.validation.cases.WorkbookTestRunner;
import vn.gov.sokhcn.kpi.ruleset.version.DraftSteps;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/**
 * The «Kiểm thử» cases a version fails, grouped by what caused them. Each case is run under the version and under
 * the version its draft started from (the first base of its history that is not a draft): a case that passed there
 * and fails here is caused by the draft's changed data cells (outside the test sheets). Which of several changed cells
 * caused it cannot be told without building the set once per cell, so they are one group under all of them, and
 * the group says so. A case failing there too is not the draft's doing and is a group of its own.
 */
@Component
public class FailingCases {
    static final String CHANGES = "changes";
    static final String BEFORE = "before";

    private final RuleSetVersions versions;
    private final WorkbookTestRunner runner;

    FailingCases(RuleSetVersions versions, WorkbookTestRunner runner) {
        this.versions = versions;
        this.runner = runner;
    }

    /** A failing case: expected and actual side by side. */
    public record Failing(String location, String caseId, String description, String person, BigDecimal expectedScore,
                          String expectedRating, BigDecimal actualScore, String actualRating, String message) {
        static Failing of(CaseResult c) {
            return new Failing(c.location(), c.caseId(), c.description(), c.person(), c.expectedScore(), c.expectedRating(),
                    c.actualScore(), c.actualRating(), c.message());
        }
    }

    /** {@code key} names the group in a request; {@code cells} the changed cells it is put under; {@code cause} in words. */
    public record Group(String key, List<String> cells, String cause, List<Failing> cases) {
    }

    /**
     * None while the version has a problem other than a failing case (a table problem, a compile error): the cases
     * then fail because of it, and the fix is the table, not their expectations.
     */
    public List<Group> of(int version) {
        if (versions.problems(version).stream().anyMatch(p -> !p.location().contains("!" + RuleSetFiles.TEST_SHEET + "!"))) {
            return List.of();
        }
        RuleSetFiles files = versions.files(version);
        CompiledRuleSet compiled = versions.compiled(version);
        List<CaseResult> failing = runner.run(files, compiled).cases().stream()
                .filter(c -> !c.passed() && c.error() == null).toList();
        if (failing.isEmpty()) {
            return List.of();
        }
        Integer origin = origin(version);
        Set<String> passedBefore = origin == null ? Set.of() : runner.run(versions.files(origin), versions.compiled(origin))
                .cases().stream().filter(CaseResult::passed).map(c -> c.location() + "|" + c.person()).collect(Collectors.toSet());
        Map<Boolean, List<Failing>> split = failing.stream().collect(Collectors.partitioningBy(
                c -> passedBefore.contains(c.location() + "|" + c.person()), Collectors.mapping(Failing::of, Collectors.toList())));
        List<Group> groups = new ArrayList<>();
        if (!split.get(true).isEmpty()) {
            List<String> cells = changedCells(versions.files(origin), files);
            String cause = cells.size() == 1 ? "Do ô " + cells.get(0) + " đã đổi so với phiên bản " + origin
                    : "Do các ô đã đổi so với phiên bản " + origin + " (" + String.join(", ", cells)
                    + "); không tách được ô nào gây ra nên các ca được xếp chung dưới tất cả các ô này";
            groups.add(new Group(CHANGES, cells, cause, split.get(true)));
        }
        if (!split.get(false).isEmpty()) {
            groups.add(new Group(BEFORE, List.of(), origin == null ? "Các ca này sai ngay từ phiên bản này"
                    : "Các ca này đã sai ở phiên bản " + origin + ", không do thay đổi của bản nháp", split.get(false)));
        }
        return groups;
    }

    /** The version the draft's work started from, or null for a version built on none. */
    private Integer origin(int version) {
        List<DraftSteps.Step> history = versions.history(version);
        DraftSteps.Step first = history.get(0);
        return first.version() == version ? null : first.version();
    }

    /** The draft's data cells changed against where it started, leaving out the test sheets' own cells. */
    private static List<String> changedCells(RuleSetFiles before, RuleSetFiles after) {
        return StructuralDiff.between(before, after).stream()
                .filter(c -> c.kind() == RuleSetChange.Kind.DATA_CELL || c.kind() == RuleSetChange.Kind.HEADER_CELL)
                .map(RuleSetChange::location)
                .filter(l -> !l.contains("!" + RuleSetFiles.TEST_SHEET + "!")).toList();
    }

    static boolean draft(RuleSetVersion v) {
        return v.state() == RuleSetVersion.State.DRAFT;
    }
}
