package vn.gov.sokhcn.kpi.security;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refusal by a service (another person's results, one's own upload to activate) once the user is
 * known, as problem details naming the user and role. Here rather than in the shared advice of
 * {@code system}, which knows no users; ordered just before it, which answers every other exception.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ForbiddenAdvice {
    private final CurrentUser currentUser;

    ForbiddenAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Forbidden.detail(currentUser, e));
        problem.setType(URI.create("urn:kpi:problem:forbidden"));
        problem.setTitle("Không có quyền");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
