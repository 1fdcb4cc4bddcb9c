package vn.gov.sokhcn.kpi.ruleset.expectation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.validation.cases.CaseResult;
import vn.gov.sokhcn.kpi.ruleset.validation.cases.ExpectedValues;
import vn.gov.sokhcn.kpi.ruleset.version.ExpectationChange;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * «Cập nhật kết quả mong đợi»: the actual results of chosen failing cases (some cases, or a group) become their
 * expected results, written into the «Kiểm thử» sheets as a new step of the draft, with a required comment.
 */
@Service
public class ExpectationUpdates {
    private final RuleSetVersions versions;
    private final FailingCases failing;

    ExpectationUpdates(RuleSetVersions versions, FailingCases failing) {
        this.versions = versions;
        this.failing = failing;
    }

    /** {@code cases}: locations of failing cases ({@code …!Kiểm thử!A4}); or {@code group}: a group's key. */
    public RuleSetVersions.Draft update(int version, List<String> cases, String group, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (comment == null || comment.isBlank()) {
            problems.add(new FieldProblem("comment", "Cần ghi lý do cập nhật kết quả mong đợi (người kích hoạt sẽ đọc)"));
        }
        boolean byCases = cases != null && !cases.isEmpty();
        boolean byGroup = group != null && !group.isBlank();
        if (byCases == byGroup) {
            problems.add(new FieldProblem("cases", "Chọn các ca (cases) hoặc một nhóm (group), không cả hai cũng không bỏ trống"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        RuleSetVersion v = versions.version(version);
        if (!FailingCases.draft(v)) {
            throw new ConflictException("Phiên bản " + version + " không phải bản nháp: kết quả mong đợi chỉ được cập nhật "
                    + "trên một bản nháp.");
        }
        List<FailingCases.Group> groups = failing.of(version);
        List<FailingCases.Failing> chosen = byGroup ? groups.stream().filter(g -> g.key().equals(group.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException(List.of(new FieldProblem("group",
                        "Phiên bản " + version + " không có nhóm ca sai «" + group.strip() + "»")))).cases()
                : chosen(groups, cases);
        List<ExpectationChange> changes = new ArrayList<>();
        RuleSetFiles files = written(versions.files(version), chosen, changes);
        return versions.expectationStep(version, files, comment.strip(), changes);
    }

    private static List<FailingCases.Failing> chosen(List<FailingCases.Group> groups, List<String> locations) {
        Map<String, FailingCases.Failing> all = new LinkedHashMap<>();
        groups.forEach(g -> g.cases().forEach(c -> all.put(c.location(), c)));
        List<FailingCases.Failing> chosen = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            FailingCases.Failing c = all.get(locations.get(i));
            if (c == null) {
                throw new InvalidRequestException(List.of(new FieldProblem("cases[" + i + "]",
                        "Không có ca kiểm thử sai ở «" + locations.get(i) + "»")));
            }
            chosen.add(c);
        }
        return chosen;
    }

    /** The files with each chosen case's expected cells rewritten, workbook by workbook; {@code changes} gets each cell. */
    private static RuleSetFiles written(RuleSetFiles files, List<FailingCases.Failing> chosen, List<ExpectationChange> changes) {
        Map<String, List<CaseResult>> byWorkbook = new TreeMap<>();
        for (FailingCases.Failing c : chosen) {
            byWorkbook.computeIfAbsent(c.location().split("!", 2)[0], k -> new ArrayList<>()).add(new CaseResult(c.location(),
                    c.caseId(), c.description(), c.person(), c.expectedScore(), c.expectedRating(), c.actualScore(),
                    c.actualRating(), null));
        }
        Map<String, byte[]> all = new LinkedHashMap<>(files.all());
        byWorkbook.forEach((path, results) -> {
            ExpectedValues.Edited edited = ExpectedValues.write(all.get(path), results);
            all.put(path, edited.workbook());
            edited.written().forEach(w -> changes.add(new ExpectationChange(0, w.result().caseId(), w.result().location(),
                    path + "!" + w.cell(), w.before(), w.after(), null, null, null)));
        });
        return new RuleSetFiles(all);
    }
}
