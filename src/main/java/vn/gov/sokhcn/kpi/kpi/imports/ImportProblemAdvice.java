package vn.gov.sokhcn.kpi.kpi.imports;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

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

    private final DataSize maxFileSize;

    ImportProblemAdvice(@Value("${kpi.imports.max-file-size:5MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

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

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return unreadable("Tệp quá lớn; giới hạn là " + ImportFileReader.megabytes(maxFileSize.toBytes()) + " MB");
    }

    private static ResponseEntity<ProblemDetail> unreadable(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(UNREADABLE_IMPORT);
        problem.setTitle("Không đọc được tệp nhập");
        return ResponseEntity.badRequest().body(problem);
    }
}
