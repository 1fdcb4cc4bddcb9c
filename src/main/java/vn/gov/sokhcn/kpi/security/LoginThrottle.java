package vn.gov.sokhcn.kpi.security;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Failed sign-ins per account and per client address, in the database (table login_failures) so that every
 * instance sees the same counts. While either has {@code kpi.security.login-throttle.max-failures} failures
 * within {@code kpi.security.login-throttle.window}, a sign-in is refused before the password is even checked
 * ({@link LoginThrottleFilter}). A success stops the account's failures from counting for the account.
 */
@Component
class LoginThrottle {
    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, KpiSecurityProperties security) {
        this.jdbc = jdbc;
        this.maxFailures = security.loginThrottle().maxFailures();
        this.window = security.loginThrottle().window();
    }

    /** How long this account or address must wait before trying again; empty when it may try now. */
    Optional<Duration> retryAfter(String username, String address) {
        LocalDateTime now = LocalDateTime.now();
        return Stream.of(
                        nthLatest("username = ? AND counts_for_account", username, now),
                        nthLatest("remote_address = ?", address, now))
                .flatMap(Optional::stream)
                .map(failure -> Duration.between(now, failure.plus(window)))
                .max(Duration::compareTo);
    }

    /**
     * The failure whose end of window lets the next attempt through: with max-failures failures or more, the
     * max-failures-th most recent one.
     */
    private Optional<LocalDateTime> nthLatest(String where, String value, LocalDateTime now) {
        return jdbc.sql("SELECT at FROM login_failures WHERE " + where + " AND at > ? ORDER BY at DESC "
                        + "OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")
                .params(value, now.minus(window), maxFailures - 1)
                .query(LocalDateTime.class).optional();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("DELETE FROM login_failures WHERE at <= ?").param(now.minus(window)).update();
        jdbc.sql("INSERT INTO login_failures (username, remote_address, at) VALUES (?, ?, ?)")
                .params(clip(event.getAuthentication().getName(), 200), clip(remoteAddress(), 100), now).update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("UPDATE login_failures SET counts_for_account = FALSE WHERE username = ? AND counts_for_account")
                .param(event.getAuthentication().getName()).update();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "?";
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
