package vn.gov.sokhcn.kpi.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A failure nobody foresaw is a 500 in Vietnamese that names nothing internal; the log has the rest. */
class EvaluationUnexpectedErrorTest {

    @Test
    void shouldAnswerAnUnexpectedFailureWithoutItsMessageOrStackTrace() {
        ResponseEntity<ProblemDetail> response = new ProblemDetailsAdvice()
                .unexpected(new IllegalStateException("mật khẩu cơ sở dữ liệu: s3cret"));

        ProblemDetail problem = response.getBody();
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(problem.getTitle()).isEqualTo("Lỗi hệ thống");
        assertThat(problem.getDetail()).doesNotContain("s3cret", "IllegalStateException");
        assertThat(problem.getProperties()).isNullOrEmpty();
    }
}
