package vn.gov.sokhcn.kpi.evaluation.api;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rule set that did not carry everyone to a result: 422 {@code urn:kpi:problem:incomplete-rule-set}.
 * Ordered just before the shared advice of {@code system}, which answers every other exception.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class IncompleteEvaluationAdvice {

    @ExceptionHandler(IncompleteEvaluationException.class)
    ResponseEntity<ProblemDetail> incomplete(IncompleteEvaluationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("urn:kpi:problem:incomplete-rule-set"));
        problem.setTitle("Bộ quy tắc không đánh giá được yêu cầu này");
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
