package vn.gov.sokhcn.kpi.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** 401 for the API: problem details, and the Basic challenge so that clients know how to sign in. */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {
    static final String REALM = "Basic realm=\"kpi\", charset=\"UTF-8\"";
    private final ProblemResponses problems;

    ApiAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        boolean triedCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "urn:kpi:problem:unauthenticated",
                "Chưa đăng nhập",
                triedCredentials
                        ? "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa."
                        : "Cần đăng nhập để dùng API này (HTTP Basic: tên đăng nhập và mật khẩu).");
    }
}
