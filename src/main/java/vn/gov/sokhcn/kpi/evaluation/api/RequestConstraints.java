package vn.gov.sokhcn.kpi.evaluation.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import vn.gov.sokhcn.kpi.system.FieldProblem;

/**
 * The Bean Validation constraints of {@link EvaluationRequest}, each broken one at its JSON path.
 * {@link FactAssembler} checks them first, for a posted request and for one built in process alike,
 * so that no null or out-of-range number gets further.
 */
final class RequestConstraints {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private RequestConstraints() {
    }

    static List<FieldProblem> broken(EvaluationRequest request) {
        if (request == null) {
            return List.of(new FieldProblem("$", "Thiếu nội dung yêu cầu"));
        }
        return VALIDATOR.validate(request).stream()
                .map(v -> new FieldProblem(jsonPath(v), v.getMessage()))
                .sorted(FieldProblem.IN_DOCUMENT_ORDER.thenComparing(FieldProblem::message))
                .toList();
    }

    /** {@code employees[1].unit} as {@code $.employees[1].unit}; a list element is {@code $.employees[1]}. */
    static String jsonPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder("$");
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                path.append('.').append(node.getName());
            }
        }
        return path.toString();
    }
}
