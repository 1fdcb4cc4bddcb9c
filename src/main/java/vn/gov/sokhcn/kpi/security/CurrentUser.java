package vn.gov.sokhcn.kpi.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for "entered by", "started by", the audit log and what they may see: the signed-in
 * user of the request, or "khách" (guest) when there is none (a background task names itself).
 */
@Component
public class CurrentUser {
    public static final String GUEST = "khách";

    public String name() {
        return authentication().map(Authentication::getName).orElse(GUEST);
    }

    /** The role of the signed-in user, if any. */
    public Optional<Role> role() {
        return authentication().flatMap(authentication -> authentication.getAuthorities().stream()
                .map(authority -> Arrays.stream(Role.values())
                        .filter(role -> role.authority().equals(authority.getAuthority())).findFirst())
                .flatMap(Optional::stream)
                .findFirst());
    }

    /** Whether the signed-in user holds one of these roles. */
    public boolean has(Role... roles) {
        return role().map(held -> Arrays.asList(roles).contains(held)).orElse(false);
    }

    /** The employee code of a signed-in unit head or member of staff. */
    public Optional<String> employeeCode() {
        return authentication().map(Authentication::getPrincipal)
                .filter(KpiPrincipal.class::isInstance).map(KpiPrincipal.class::cast)
                .flatMap(KpiPrincipal::employeeCode);
    }

    /** The unit a machine client's API token is confined to (see {@link KpiPrincipal#machine}). */
    public Optional<String> scopeUnit() {
        return principal().flatMap(KpiPrincipal::scopeUnit);
    }

    /** Whether the caller is another system signed in with an API token. */
    public boolean machine() {
        return principal().map(KpiPrincipal::machine).orElse(false);
    }

    private static Optional<KpiPrincipal> principal() {
        return authentication().map(Authentication::getPrincipal).filter(KpiPrincipal.class::isInstance)
                .map(KpiPrincipal.class::cast);
    }

    /** Whether the signed-in user signed in with a password they must change first. */
    public boolean mustChangePassword() {
        return authentication().map(Authentication::getPrincipal).filter(KpiPrincipal.class::isInstance)
                .map(KpiPrincipal.class::cast).map(KpiPrincipal::mustChangePassword).orElse(false);
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(authentication -> !(authentication instanceof AnonymousAuthenticationToken));
    }
}
