package vn.gov.sokhcn.kpi.kpi;

import java.util.ArrayList;
import java.util.List;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/** The bad fields of one request, collected so that a 400 names all of them at once. */
public final class Problems {
    private final List<FieldProblem> problems = new ArrayList<>();

    public Problems add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.stream().sorted(FieldProblem.IN_DOCUMENT_ORDER).toList());
        }
    }

    /** A single bad field, refused at once. */
    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }
}
