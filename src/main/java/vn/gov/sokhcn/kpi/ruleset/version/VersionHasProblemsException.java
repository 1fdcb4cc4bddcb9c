package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.List;

/** A version that cannot be activated: it does not compile or a check found problems (409). */
class VersionHasProblemsException extends RuntimeException {
    private final List<ProblemView> problems;

    VersionHasProblemsException(int version, List<ProblemView> problems) {
        super("Không thể áp dụng phiên bản " + version + " của bộ quy tắc: có " + problems.size() + " lỗi");
        this.problems = problems;
    }

    List<ProblemView> problems() {
        return problems;
    }
}
