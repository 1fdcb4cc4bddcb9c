package vn.gov.sokhcn.kpi.ruleset.version;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A version awaiting an administrator's approval that a request would compile or run (a trial): 409 with the
 * notice the version page shows. Ordered first because the shared advice answers every other exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PendingApprovalAdvice {

    @ExceptionHandler(PendingApprovalException.class)
    ResponseEntity<ProblemDetail> pending(PendingApprovalException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:kpi:problem:approval-required"));
        problem.setTitle("Cần quản trị viên phê duyệt");
        problem.setProperty("version", e.version());
        problem.setProperty("notice", RuleSetVersion.PENDING_NOTICE);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
