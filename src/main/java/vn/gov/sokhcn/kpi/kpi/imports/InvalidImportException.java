package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.List;

/** An import refused as a whole, with every bad cell; nothing was written. */
public class InvalidImportException extends RuntimeException {
    private final List<ImportProblem> problems;

    InvalidImportException(List<ImportProblem> problems) {
        super("Tệp nhập có " + problems.size() + " lỗi");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
