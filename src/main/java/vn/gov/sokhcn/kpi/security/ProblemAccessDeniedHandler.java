package vn.gov.sokhcn.kpi.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 403 as problem details, naming the role that is missing or the CSRF token that is. */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {
    private final ProblemResponses problems;
    private final CurrentUser currentUser;

    ProblemAccessDeniedHandler(ProblemResponses problems, CurrentUser currentUser) {
        this.problems = problems;
        this.currentUser = currentUser;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "urn:kpi:problem:csrf",
                    "Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF)",
                    "Yêu cầu gửi từ phiên đăng nhập trên trình duyệt phải kèm mã CSRF của trang; hãy tải lại trang rồi thử lại.");
            return;
        }
        problems.write(request, response, HttpStatus.FORBIDDEN, "urn:kpi:problem:forbidden", "Không có quyền",
                Forbidden.detail(currentUser, e));
    }
}
