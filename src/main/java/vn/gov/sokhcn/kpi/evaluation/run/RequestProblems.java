package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.system.FieldProblem;

/**
 * Problems the evaluation found in a request built from stored data, told in terms of that data:
 * {@code $.employees[3].generalCriteria.politics} becomes the person's code and the field
 * {@code generalCriteria.politics}; {@code $.assignments[7].actual} the holder's code and
 * {@code assignments[CS01].actual}. A JSON path means nothing to someone who did not post JSON.
 */
final class RequestProblems {
    private static final Pattern PATH = Pattern.compile("^\\$\\.(employees|assignments|units|quotaExemptions)\\[(\\d+)](?:\\.(.*))?$");

    private RequestProblems() {
    }

    static List<RunInputProblem> of(EvaluationRequest request, List<FieldProblem> problems) {
        return problems.stream().map(p -> of(request, p)).toList();
    }

    private static RunInputProblem of(EvaluationRequest request, FieldProblem problem) {
        Matcher m = PATH.matcher(problem.field());
        if (!m.matches()) {
            String field = problem.field().startsWith("$.") ? problem.field().substring(2) : problem.field();
            return new RunInputProblem(request.period().code(), field, "Kỳ " + request.period().code() + ": " + problem.message());
        }
        int index = Integer.parseInt(m.group(2));
        String rest = m.group(3) == null ? "" : m.group(3);
        return switch (m.group(1)) {
            case "employees" -> {
                var e = request.employees().get(index);
                yield new RunInputProblem(e.id(), rest, "Cán bộ " + e.id() + " (" + e.name() + "): " + problem.message());
            }
            case "assignments" -> {
                var a = request.assignments().get(index);
                String field = "assignments[" + a.indicator().code() + "]" + (rest.isEmpty() ? "" : "." + rest);
                yield new RunInputProblem(a.holder(), field, "Chỉ tiêu " + a.indicator().code() + " giao cho " + a.holder() + ": "
                        + problem.message());
            }
            case "units" -> {
                var u = request.units().get(index);
                yield new RunInputProblem(u.code(), rest, "Đơn vị " + u.code() + " (" + u.name() + "): " + problem.message());
            }
            default -> {
                var x = request.quotaExemptions().get(index);
                yield new RunInputProblem(x.agency(), "quotaExemptions." + rest, "Miễn hạn mức của " + x.agency() + ": "
                        + problem.message());
            }
        };
    }
}
