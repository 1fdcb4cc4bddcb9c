package vn.gov.sokhcn.kpi.security.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import vn.gov.sokhcn.kpi.security.Role;

/** Reading {@code api_tokens} rows as views (never the hash). */
final class ApiTokenRows {
    static final String SELECT = """
            SELECT id, name, prefix, role, scope_unit, expires_at, created_by, created_at, last_used_at, use_count,
                   revoked_at, revoked_by
            FROM api_tokens""";

    private ApiTokenRows() {
    }

    static ApiTokenView view(ResultSet rs, LocalDateTime now) throws SQLException {
        Role role = Role.valueOf(rs.getString("role"));
        LocalDateTime expiresAt = time(rs, "expires_at");
        LocalDateTime revokedAt = time(rs, "revoked_at");
        String state = revokedAt != null ? "Đã thu hồi" : expiresAt.isAfter(now) ? "Còn hiệu lực" : "Đã hết hạn";
        return new ApiTokenView(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), role, role.label(),
                rs.getString("scope_unit"), expiresAt, rs.getString("created_by"), time(rs, "created_at"),
                time(rs, "last_used_at"), rs.getLong("use_count"), revokedAt, rs.getString("revoked_by"), state);
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
