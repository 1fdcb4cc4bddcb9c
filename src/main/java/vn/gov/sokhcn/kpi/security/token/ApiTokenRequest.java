package vn.gov.sokhcn.kpi.security.token;

import java.time.LocalDateTime;
import vn.gov.sokhcn.kpi.security.Role;

/** A new API token: who it is for, its role, the unit it is confined to (none: the role's reach), its expiry. */
public record ApiTokenRequest(String name, Role role, String scope, LocalDateTime expiresAt) {
}
