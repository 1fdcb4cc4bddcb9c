package vn.gov.sokhcn.kpi.system.limits;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * 413 problem details for whatever is too large: a JSON body cut off at its limit, an upload over its own
 * limit ({@code kpi.imports.max-file-size}, {@code kpi.rulesets.max-file-size}), or a multipart request over
 * the servlet's limit, which sits just above those and is stated as the limit of the upload it was meant for.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PayloadTooLargeAdvice {
    private final long importLimit;
    private final long ruleSetLimit;
    private final long servletLimit;

    PayloadTooLargeAdvice(ImportProperties imports, RuleSetProperties ruleSets, ObjectProvider<MultipartProperties> multipart) {
        this.importLimit = imports.maxFileSize().toBytes();
        this.ruleSetLimit = ruleSets.maxFileSize().toBytes();
        // Spring's own multipart settings (1MB when multipart is not configured at all).
        this.servletLimit = multipart.getIfAvailable(MultipartProperties::new).getMaxFileSize().toBytes();
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(PayloadTooLarge.problem(e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return tooLarge(PayloadTooLargeException.upload(limitOf(request.getRequestURI())));
    }

    private long limitOf(String path) {
        if (path.startsWith("/api/rulesets")) {
            return ruleSetLimit;
        }
        return path.endsWith("/imports") ? importLimit : servletLimit;
    }
}
