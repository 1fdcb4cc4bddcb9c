package vn.gov.sokhcn.kpi.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user: their role and, for unit heads and staff, the employee they are, which decides
 * whose results they may see.
 */
public final class KpiPrincipal implements UserDetails, CredentialsContainer {
    private final String username;
    private String passwordHash;
    private final Role role;
    private final String employeeCode;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final String scopeUnit;
    private final boolean machine;

    public KpiPrincipal(String username, String passwordHash, Role role, String employeeCode, boolean enabled) {
        this(username, passwordHash, role, employeeCode, enabled, false);
    }

    public KpiPrincipal(String username, String passwordHash, Role role, String employeeCode, boolean enabled,
                        boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.employeeCode = employeeCode;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.scopeUnit = null;
        this.machine = false;
    }

    private KpiPrincipal(String name, Role role, String scopeUnit) {
        this.username = name;
        this.role = role;
        this.employeeCode = null;
        this.enabled = true;
        this.mustChangePassword = false;
        this.scopeUnit = scopeUnit;
        this.machine = true;
    }

    /**
     * Another system signed in with an API token: no password and no employee; its role, and the unit whose people
     * (with those of the units below) it sees, or none for the role's own reach.
     */
    public static KpiPrincipal machine(String name, Role role, String scopeUnit) {
        return new KpiPrincipal(name, role, scopeUnit);
    }

    /** Whether this is another system signed in with an API token rather than a person. */
    public boolean machine() {
        return machine;
    }

    /** The code of the unit a machine client is confined to (with the units below it). */
    public Optional<String> scopeUnit() {
        return Optional.ofNullable(scopeUnit);
    }

    /** Whether the password had to be changed when this user signed in (see {@link PasswordChangeGate}). */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Role role() {
        return role;
    }

    public Optional<String> employeeCode() {
        return Optional.ofNullable(employeeCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
