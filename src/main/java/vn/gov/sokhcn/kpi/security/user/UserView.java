package vn.gov.sokhcn.kpi.security.user;

import java.time.LocalDateTime;
import vn.gov.sokhcn.kpi.security.Role;

/** A user as the API shows it: never the password or its hash. */
record UserView(String username, String displayName, Role role, String roleLabel, String employee, String email,
                boolean enabled, LocalDateTime createdAt, LocalDateTime passwordChangedAt) {
}
