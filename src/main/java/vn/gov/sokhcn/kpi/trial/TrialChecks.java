package vn.gov.sokhcn.kpi.trial;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.evaluation.run.PeriodInputs;
import vn.gov.sokhcn.kpi.evaluation.run.RunInputsException;
import vn.gov.sokhcn.kpi.evaluation.run.StoredInputs;
import vn.gov.sokhcn.kpi.evaluation.run.StoredPeriod;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.version.PendingApprovalException;
import vn.gov.sokhcn.kpi.ruleset.version.ProblemView;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;
import vn.gov.sokhcn.kpi.system.ConflictException;

/**
 * What a trial may be run on, checked before anything is evaluated: the request's fields (400 naming
 * {@code $.candidate} or {@code $.periods[i]}), the candidate version (unknown: 404 as in the rulesets API;
 * not a DRAFT: 400; awaiting an administrator's approval of its code: 409 and nothing of it runs; with
 * problems: 409), and each period (unknown, or without stored data an official run
 * could evaluate: 400 at its index).
 */
@Component
class TrialChecks {
    static final int MAX_PERIODS = 24;

    private final RuleSetVersions versions;
    private final StoredInputs inputs;

    TrialChecks(RuleSetVersions versions, StoredInputs inputs) {
        this.versions = versions;
        this.inputs = inputs;
    }

    record Checked(CompiledRuleSet candidate, List<PeriodInputs> periods) {
    }

    Checked check(TrialRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null || request.candidate() == null) {
            problems.add(new FieldProblem("$.candidate", "Thiếu phiên bản bộ quy tắc cần thử nghiệm (số phiên bản nháp)"));
        }
        List<StoredPeriod> periods = periods(request == null ? null : request.periods(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CompiledRuleSet candidate = candidate(request.candidate());
        List<PeriodInputs> read = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            read.add(read(periods.get(i), "$.periods[" + i + "]", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Checked(candidate, read);
    }

    private List<StoredPeriod> periods(List<String> codes, List<FieldProblem> problems) {
        List<StoredPeriod> periods = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            problems.add(new FieldProblem("$.periods", "Cần ít nhất một kỳ đánh giá để thử nghiệm"));
            return periods;
        }
        if (codes.size() > MAX_PERIODS) {
            problems.add(new FieldProblem("$.periods", "Tối đa " + MAX_PERIODS + " kỳ trong một lượt thử nghiệm; đang có " + codes.size()));
            return periods;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String field = "$.periods[" + i + "]";
            if (code == null || code.isBlank()) {
                problems.add(new FieldProblem(field, "Thiếu mã kỳ đánh giá"));
            } else if (!seen.add(code)) {
                problems.add(new FieldProblem(field, "Kỳ «" + code + "» đã có ở trên trong danh sách"));
            } else {
                inputs.find(code).ifPresentOrElse(periods::add,
                        () -> problems.add(new FieldProblem(field, "Không có kỳ đánh giá «" + code + "»")));
            }
        }
        return periods;
    }

    private CompiledRuleSet candidate(int version) {
        RuleSetVersion found = versions.version(version);
        if (found.state() != RuleSetVersion.State.DRAFT) {
            throw new InvalidRequestException(List.of(new FieldProblem("$.candidate", "Phiên bản " + version + " đang ở trạng thái "
                    + found.state() + "; chỉ thử nghiệm được phiên bản nháp (DRAFT) chưa áp dụng")));
        }
        if (found.pendingApproval()) {
            throw new PendingApprovalException(version); // its code must not run before an administrator approved it
        }
        List<ProblemView> problems = versions.problems(version);
        if (!problems.isEmpty()) {
            throw new ConflictException("Phiên bản " + version + " của bộ quy tắc có " + problems.size()
                    + " lỗi nên chưa thử nghiệm được: " + problems.stream().limit(5)
                    .map(p -> p.location() + ": " + p.message()).collect(Collectors.joining("; "))
                    + (problems.size() > 5 ? "; …" : ""));
        }
        return versions.compiled(version);
    }

    private PeriodInputs read(StoredPeriod period, String field, List<FieldProblem> problems) {
        try {
            PeriodInputs read = inputs.read(period);
            if (read.request().employees().isEmpty()) {
                problems.add(new FieldProblem(field, "Kỳ «" + period.code() + "» chưa có dữ liệu cán bộ để đánh giá"));
            }
            return read;
        } catch (ConflictException | RunInputsException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }
}
