package vn.gov.sokhcn.kpi.system;

import java.util.List;

/** A request refused as a whole, with every bad field. */
public class InvalidRequestException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super("Yêu cầu không hợp lệ: " + problems.size() + " lỗi");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
