package vn.gov.sokhcn.kpi.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * Runs a step of the demo as a named user, so the services check that user's rights and the audit
 * log names them: a demo account ({@code hr}, {@code director}, {@code head}, {@code staff}) or, for
 * a person without one, the person under their employee code. The previous context is put back after.
 */
final class ActingAs {
    private ActingAs() {
    }

    static <T> T user(String username, Role role, String employeeCode, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        KpiPrincipal principal = new KpiPrincipal(username, null, role, employeeCode, true);
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void user(String username, Role role, String employeeCode, Runnable step) {
        user(username, role, employeeCode, () -> {
            step.run();
            return null;
        });
    }
}
