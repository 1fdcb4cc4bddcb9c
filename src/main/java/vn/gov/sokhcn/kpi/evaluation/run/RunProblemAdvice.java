package vn.gov.sokhcn.kpi.evaluation.run;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A failed run as problem details, with the id of the run stored FAILED ({@code runId}): stored data
 * that cannot be evaluated is 422 {@code urn:kpi:problem:run-inputs} listing each problem under
 * {@code errors} [{subject, field, message}]; a rule set that cannot rate everyone 422
 * {@code urn:kpi:problem:incomplete-rule-set}; anything else 500 without internals. Ordered first
 * because the shared advice answers every other exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RunProblemAdvice {

    @ExceptionHandler(RunFailedException.class)
    ResponseEntity<ProblemDetail> failed(RunFailedException e) {
        HttpStatus status = e.failureCause() == RunFailedException.Cause.UNEXPECTED
                ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        switch (e.failureCause()) {
            case INPUTS -> {
                problem.setType(URI.create("urn:kpi:problem:run-inputs"));
                problem.setTitle("Dữ liệu của kỳ chưa đánh giá được");
                problem.setProperty("errors", e.problems());
            }
            case RULE_SET -> {
                problem.setType(URI.create("urn:kpi:problem:incomplete-rule-set"));
                problem.setTitle("Bộ quy tắc không đánh giá được kỳ này");
            }
            case UNEXPECTED -> problem.setTitle("Lỗi hệ thống");
        }
        problem.setProperty("runId", e.runId());
        return ResponseEntity.status(status).body(problem);
    }
}
