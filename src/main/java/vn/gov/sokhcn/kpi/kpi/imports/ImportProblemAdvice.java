package vn.gov.sokhcn.kpi.kpi.imports;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of an import as RFC 9457 problem details in Vietnamese: a file with bad cells lists every
 * one under {@code errors} (row, column letter, header, key, message); a file that cannot be read says why.
 * Ordered before the general advice, which would otherwise answer these as unexpected failures.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemAdvice {
    static final URI INVALID_IMPORT = URI.create("urn:kpi:problem:invalid-import");
    static final URI UNREADABLE_IMPORT = URI.create("urn:kpi:problem:unreadable-import");

    @ExceptionHandler(InvalidImportException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidImportException e) {
        long rows = e.problems().stream().map(ImportProblem::row).distinct().count();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Tệp có " + e.problems().size() + " lỗi ở " + rows + " dòng; không dữ liệu nào được ghi.");
        problem.setType(INVALID_IMPORT);
        problem.setTitle("Tệp nhập có lỗi");
        problem.setProperty("errors", e.problems());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(UnreadableFileException.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableFileException e) {
        return unreadable(e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> unreadable(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(UNREADABLE_IMPORT);
        problem.setTitle("Không đọc được tệp nhập");
        return ResponseEntity.badRequest().body(problem);
    }
}
