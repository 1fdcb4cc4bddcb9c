package vn.gov.sokhcn.kpi.evaluation.api;

/** A bad value of a request, named by its JSON path ({@code $.employees[2].unit}). */
public record FieldProblem(String field, String message) {
}
