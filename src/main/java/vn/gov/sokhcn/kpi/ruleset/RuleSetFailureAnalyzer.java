package vn.gov.sokhcn.kpi.ruleset;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the service did not start when the rule files have problems: each at its cell or line. */
class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetProblemsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetProblemsException cause) {
        String problems = cause.problems().stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "Bộ quy tắc không biên dịch được nên dịch vụ không khởi động. Có " + cause.problems().size() + " lỗi:\n" + problems,
                "Sửa các ô hoặc dòng nêu trên trong thư mục rules/ và decision-tables/ rồi khởi động lại.", cause);
    }
}
