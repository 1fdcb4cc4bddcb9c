package vn.gov.sokhcn.kpi.security.token;

import java.time.LocalDateTime;
import vn.gov.sokhcn.kpi.security.Role;

/** An API token as lists show it: never the token or its hash, only its public prefix. */
public record ApiTokenView(long id, String name, String prefix, Role role, String roleLabel, String scope,
                           LocalDateTime expiresAt, String createdBy, LocalDateTime createdAt, LocalDateTime lastUsedAt,
                           long useCount, LocalDateTime revokedAt, String revokedBy, String state) {
}
