package vn.gov.sokhcn.kpi.evaluation.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.parallel.OnCallersLoader;

/**
 * The Bean Validation constraints of {@link EvaluationRequest}, each broken one at its JSON path.
 * {@link FactAssembler} checks them first, for a posted request and for one built in process alike,
 * so that no null or out-of-range number gets further.
 *
 * <p>Why not one {@code validate(request)}: over 10,000 people and 100,000 assignments the validator's bookkeeping of
 * the beans it has seen grows with the whole graph (half a second on one core). So the request's own constraints are
 * checked without descending into its lists, then each element of the lists on its own, the large lists on every
 * core; the problems are the same, at the same paths, in document order.
 */
final class RequestConstraints {
    /** Below this many elements a list is checked on the calling thread: handing over costs more than it saves. */
    private static final int PARALLEL_FROM = 512;

    /** The request's lists, each with how it reads them; their elements are validated one by one. */
    private static final Map<String, Function<EvaluationRequest, List<?>>> LISTS = Map.of(
            "units", EvaluationRequest::units,
            "employees", EvaluationRequest::employees,
            "assignments", EvaluationRequest::assignments,
            "quotaExemptions", EvaluationRequest::quotaExemptions);

    private static final Validator ELEMENTS = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Validator REQUEST_ONLY = Validation.byDefaultProvider().configure()
            .traversableResolver(new NotIntoLists()).buildValidatorFactory().getValidator();

    private RequestConstraints() {
    }

    static List<FieldProblem> broken(EvaluationRequest request) {
        if (request == null) {
            return List.of(new FieldProblem("$", "Thiếu nội dung yêu cầu"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        REQUEST_ONLY.validate(request).forEach(v -> problems.add(new FieldProblem(jsonPath("$", v), v.getMessage())));
        LISTS.forEach((name, list) -> problems.addAll(brokenElements("$." + name, list.apply(request))));
        problems.sort(FieldProblem.IN_DOCUMENT_ORDER.thenComparing(FieldProblem::message));
        return problems;
    }

    private static List<FieldProblem> brokenElements(String listPath, List<?> elements) {
        if (elements == null || elements.isEmpty()) {
            return List.of();
        }
        IntStream indexes = IntStream.range(0, elements.size());
        OnCallersLoader loader = OnCallersLoader.capture();
        return (elements.size() < PARALLEL_FROM ? indexes : indexes.parallel())
                .mapToObj(i -> loader.get(() -> brokenElement(listPath, i, elements.get(i))))
                .flatMap(List::stream).toList();
    }

    private static List<FieldProblem> brokenElement(String listPath, int index, Object element) {
        if (element == null) {
            return List.of(); // the list's own constraint says so, at this path
        }
        Set<ConstraintViolation<Object>> violations = ELEMENTS.validate(element);
        if (violations.isEmpty()) {
            return List.of(); // the usual case, without making the element's path
        }
        String elementPath = listPath + "[" + index + "]";
        return violations.stream().map(v -> new FieldProblem(jsonPath(elementPath, v), v.getMessage())).toList();
    }

    /** {@code employees[1].unit} under {@code $} as {@code $.employees[1].unit}; a list element is {@code $.employees[1]}. */
    static String jsonPath(String prefix, ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder(prefix);
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

    /** Checks the request's own constraints (its lists' and their elements' not being null) without entering them. */
    private static final class NotIntoLists implements TraversableResolver {
        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                   Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                    Path pathToTraversableObject, ElementType elementType) {
            return !(traversableObject instanceof EvaluationRequest && LISTS.containsKey(traversableProperty.getName()));
        }
    }
}
