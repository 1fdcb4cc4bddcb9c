package vn.gov.sokhcn.kpi.system.limits;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one shape of a 413: type {@code urn:kpi:problem:payload-too-large}, a Vietnamese title, the limit in the detail. */
final class PayloadTooLarge {
    static final URI TYPE = URI.create("urn:kpi:problem:payload-too-large");
    static final String TITLE = "Nội dung quá lớn";

    private PayloadTooLarge() {
    }

    static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(TYPE);
        problem.setTitle(TITLE);
        return problem;
    }

    static String jsonBodyDetail(long maxBytes) {
        return "Nội dung yêu cầu lớn hơn giới hạn " + PayloadTooLargeException.megabytes(maxBytes) + " MB";
    }
}
