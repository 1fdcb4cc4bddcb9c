package vn.gov.sokhcn.kpi.system;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.gov.sokhcn.kpi.system.db.DatabaseFailures;
import vn.gov.sokhcn.kpi.system.json.TextTooLongException;

/**
 * Every error as RFC 9457 problem details in Vietnamese. A bad request lists each offending field
 * by its JSON path under {@code errors}; nothing internal (a stack trace, a class name) is shown.
 * Errors of a feature above this package are answered by that feature's advice, ordered before this
 * one (a refusal: security's {@code ForbiddenAdvice}; an incomplete rule set: evaluation's).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final URI INVALID_REQUEST = URI.create("urn:kpi:problem:invalid-request");
    static final String UNAVAILABLE_DETAIL = "Cơ sở dữ liệu tạm thời không truy cập được; chưa có gì được lưu. "
            + "Hãy thử lại sau ít phút; nếu vẫn lỗi, báo cho quản trị hệ thống.";
    /** Seconds a client should wait before trying again: a pool reconnects within a few seconds. */
    private static final int RETRY_AFTER_SECONDS = 10;

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
        return ResponseEntity.badRequest().body(invalid(e.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "urn:kpi:problem:not-found", "Không tìm thấy", e.getMessage());
    }

    @ExceptionHandler(StillReferencedException.class)
    ResponseEntity<ProblemDetail> stillReferenced(StillReferencedException e) {
        return problem(HttpStatus.CONFLICT, "urn:kpi:problem:still-referenced", "Dữ liệu đang được sử dụng", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "urn:kpi:problem:conflict", "Xung đột với dữ liệu đã lưu", e.getMessage());
    }

    /** A safety net: a constraint of the database refused a write that no explicit check caught first. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        if (DatabaseFailures.isUnavailable(e)) {
            return unavailable(e);
        }
        log.warn("Ràng buộc dữ liệu bị vi phạm", e);
        return problem(HttpStatus.CONFLICT, "urn:kpi:problem:conflict", "Xung đột với dữ liệu đã lưu",
                "Không lưu được thay đổi: dữ liệu trùng mã hoặc còn được dữ liệu khác tham chiếu.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    /**
     * The database cannot be reached (refused or lost connection, a closed embedded database): the caller did nothing
     * wrong and may try again; never told as a conflict about codes. Logged here, once, with its cause.
     */
    private static ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.error("Cơ sở dữ liệu không truy cập được", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_DETAIL);
        problem.setType(URI.create("urn:kpi:problem:database-unavailable"));
        problem.setTitle("Cơ sở dữ liệu tạm thời không truy cập được");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseFailures.isUnavailable(e)) {
            return unavailable(e);
        }
        log.error("Lỗi không lường trước", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Đã có lỗi không lường trước; chi tiết được ghi trong nhật ký của dịch vụ.");
        problem.setTitle("Lỗi hệ thống");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(jsonPath(f), f.getDefaultMessage()))
                .sorted(FieldProblem.IN_DOCUMENT_ORDER)
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors().forEach(g -> problems.add(new FieldProblem("$", g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    /** A query or path parameter of the wrong type ({@code staffType=FOO}, {@code page=x}), named as such. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String message = type != null && type.isEnum()
                ? "Giá trị «" + e.getValue() + "» không hợp lệ; chỉ nhận một trong: "
                        + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                : "Giá trị «" + e.getValue() + "» không đúng kiểu " + typeName(type);
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(name, message))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(unreadable(e))));
    }

    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new FieldProblem(path(f), "Giá trị «" + f.getValue() + "» không hợp lệ; chỉ nhận một trong: " + allowed);
        }
        if (cause instanceof InvalidFormatException f) {
            return new FieldProblem(path(f), "Giá trị «" + f.getValue() + "» không đúng kiểu " + typeName(f.getTargetType()));
        }
        if (cause instanceof TextTooLongException t) {
            return new FieldProblem(path(t), t.sentence());
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return new FieldProblem(path(u), "Trường không được hỗ trợ");
        }
        if (cause instanceof MismatchedInputException m) {
            return new FieldProblem(path(m), "Sai kiểu dữ liệu: cần " + typeName(m.getTargetType()));
        }
        if (cause instanceof StreamReadException r && r.getLocation() != null) {
            return new FieldProblem("$", "JSON không hợp lệ tại dòng " + r.getLocation().getLineNr() + ", cột "
                    + r.getLocation().getColumnNr());
        }
        if (cause instanceof JacksonException j) {
            return new FieldProblem(path(j), "Không đọc được giá trị");
        }
        return new FieldProblem("$", "Thiếu nội dung yêu cầu hoặc nội dung không phải JSON");
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "khác";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class || type == long.class) {
            return "số";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true/false";
        }
        if (type == String.class) {
            return "chuỗi";
        }
        if (type == java.time.LocalDate.class) {
            return "ngày (năm-tháng-ngày, ví dụ 2026-03-31)";
        }
        if (List.class.isAssignableFrom(type)) {
            return "danh sách";
        }
        return "đối tượng";
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonPath(FieldError f) {
        return "$." + f.getField();
    }

    static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problems.stream()
                .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Yêu cầu không hợp lệ");
        problem.setProperty("errors", problems);
        return problem;
    }
}
