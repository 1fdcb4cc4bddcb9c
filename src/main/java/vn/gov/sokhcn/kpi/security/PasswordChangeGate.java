package vn.gov.sokhcn.kpi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who signed in with a password that must be changed (the first administrator's random one) may do
 * nothing else until it is: every console page redirects to {@value #PAGE}, every API call but the change
 * itself gets 403 problem details. The flag read at sign-in is checked again in the database, so the change
 * frees the session at once. Created by {@link SecurityConfiguration}, not a bean.
 */
class PasswordChangeGate extends OncePerRequestFilter {
    static final String PAGE = "/account/password";
    private static final Set<String> OPEN = Set.of(PAGE, "/api/users/me", "/api/users/me/password", "/logout", "/login",
            "/error");

    private final JdbcClient jdbc;
    private final ProblemResponses problems;

    PasswordChangeGate(JdbcClient jdbc, ProblemResponses problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof KpiPrincipal principal)
                || !principal.mustChangePassword() || OPEN.contains(path(request)) || !stillMust(principal)) {
            chain.doFilter(request, response);
            return;
        }
        if (path(request).startsWith("/api/") || path(request).startsWith("/v3/api-docs")) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "urn:kpi:problem:password-change-required",
                    "Cần đổi mật khẩu", "Tài khoản «" + principal.getUsername() + "» phải đổi mật khẩu trước khi làm việc khác: "
                            + "PUT /api/users/me/password với mật khẩu hiện tại (currentPassword) và mật khẩu mới (newPassword).");
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }

    /** The path within the application (the servlet path is empty under MockMvc). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private boolean stillMust(KpiPrincipal principal) {
        return jdbc.sql("SELECT must_change_password FROM app_users WHERE username = ?").param(principal.getUsername())
                .query(Boolean.class).optional().orElse(false);
    }

    /** Static files and the sign-in machinery are not pages of the console. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico") || path.startsWith("/actuator/health");
    }
}
