package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.List;
import java.util.stream.Collectors;

/** The stored data of a period cannot be evaluated as it is: 422 listing every problem; nothing is stored. */
public class RunInputsException extends RuntimeException {
    private static final int SHOWN_IN_MESSAGE = 20;
    private final List<RunInputProblem> problems;

    public RunInputsException(String periodCode, List<RunInputProblem> problems) {
        super(message(periodCode, problems));
        this.problems = List.copyOf(problems);
    }

    public List<RunInputProblem> problems() {
        return problems;
    }

    private static String message(String periodCode, List<RunInputProblem> problems) {
        String listed = problems.stream().limit(SHOWN_IN_MESSAGE).map(RunInputProblem::message)
                .collect(Collectors.joining("; "));
        int more = problems.size() - SHOWN_IN_MESSAGE;
        return "Dữ liệu của kỳ " + periodCode + " chưa đánh giá được (" + problems.size() + " vấn đề): " + listed
                + (more > 0 ? "; và " + more + " vấn đề khác" : "") + ".";
    }
}
