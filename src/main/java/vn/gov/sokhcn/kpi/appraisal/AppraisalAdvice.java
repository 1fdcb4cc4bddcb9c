package vn.gov.sokhcn.kpi.appraisal;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused step of the procedure as problem details, before the shared advice of {@code system}. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 2)
class AppraisalAdvice {

    @ExceptionHandler(AppraisalConflict.class)
    ResponseEntity<ProblemDetail> conflict(AppraisalConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:kpi:problem:" + e.type()));
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
