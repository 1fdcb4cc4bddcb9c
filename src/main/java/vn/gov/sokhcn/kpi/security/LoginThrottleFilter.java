package vn.gov.sokhcn.kpi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (HTTP Basic credentials, or the login form's POST) with 429 and Retry-After while
 * its account or client address has too many recent failures ({@link LoginThrottle}), before the password is
 * checked; each refusal is published ({@link LoginThrottled}) for the audit log. The API gets problem details, the form its page with the message.
 * Created by {@link SecurityConfiguration}, not a bean, so that it runs only in the security chain.
 */
class LoginThrottleFilter extends OncePerRequestFilter {
    static final String RETRY_AFTER_SECONDS = LoginThrottleFilter.class.getName() + ".retryAfter";
    static final String THROTTLED_PAGE = "/login/throttled";

    private final LoginThrottle throttle;
    private final ProblemResponses problems;
    private final ApplicationEventPublisher events;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.problems = problems;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(PasswordChangeGate.path(request));
        Optional<String> username = form ? Optional.ofNullable(request.getParameter("username")) : basicUsername(request);
        Optional<Duration> wait = username.flatMap(name -> throttle.retryAfter(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        events.publishEvent(new LoginThrottled(username.get(), request.getRemoteAddr(), seconds));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (form) {
            request.setAttribute(RETRY_AFTER_SECONDS, seconds);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
        } else {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "urn:kpi:problem:too-many-login-failures",
                    "Đăng nhập sai quá nhiều lần", message(seconds));
        }
    }

    static String message(long seconds) {
        return "Đăng nhập sai quá nhiều lần với tài khoản này hoặc từ địa chỉ này; hãy thử lại sau " + seconds + " giây.";
    }

    private Optional<String> basicUsername(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken token = basic.convert(request);
            return Optional.ofNullable(token).map(UsernamePasswordAuthenticationToken::getName);
        } catch (AuthenticationException malformed) {
            return Optional.empty();
        }
    }
}
