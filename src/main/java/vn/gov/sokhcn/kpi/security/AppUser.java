package vn.gov.sokhcn.kpi.security;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored user; the password only as a BCrypt hash, never shown or logged. {@code mustChangePassword}: the
 * password was generated (the first administrator's), so the user may do nothing but change it. {@code email}: where
 * the appraisal procedure's notices go (none: no mail).
 */
@Table("app_users")
public record AppUser(@Id Long id, String username, @JsonIgnore String passwordHash, String displayName, Role role,
                      Long employeeId, boolean enabled, LocalDateTime createdAt, LocalDateTime passwordChangedAt,
                      boolean mustChangePassword, String email) {

    /** A new password, chosen by a person: nothing more to change. */
    public AppUser withPassword(String hash, LocalDateTime at) {
        return new AppUser(id, username, hash, displayName, role, employeeId, enabled, createdAt, at, false, email);
    }

    public AppUser withDetails(String newDisplayName, Role newRole, Long newEmployeeId, boolean nowEnabled, String newEmail) {
        return new AppUser(id, username, passwordHash, newDisplayName, newRole, newEmployeeId, nowEnabled, createdAt,
                passwordChangedAt, mustChangePassword, newEmail);
    }

    /** Whether this account is one that keeps the service administrable. */
    public boolean enabledAdmin() {
        return enabled && role == Role.ADMIN;
    }
}
