package vn.gov.sokhcn.kpi.security.token;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.BearerTokens;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * Checks a bearer token by the SHA-256 of what was sent: one indexed lookup, no BCrypt. Looking up by hash leaks
 * nothing worth timing (an attacker cannot steer the hash of a guess); the stored hash is still compared in constant
 * time. The principal is named {@value #ACTOR} and the token's name, which the audit log shows as the actor.
 */
@Component
class TokenVerifier implements BearerTokens {
    static final String ACTOR = "token:";
    private static final String REFUSED = "Mã truy cập không đúng. Hệ thống khác gửi mã truy cập do quản trị hệ thống "
            + "cấp trong tiêu đề «Authorization: Bearer …».";

    private record Row(String name, String hash, Role role, String scope, LocalDateTime expiresAt, LocalDateTime revokedAt) {
    }

    private final JdbcClient jdbc;
    private final TokenUses uses;

    TokenVerifier(JdbcClient jdbc, TokenUses uses) {
        this.jdbc = jdbc;
        this.uses = uses;
    }

    @Override
    public Verdict verify(String token) {
        if (!TokenSecrets.wellFormed(token)) {
            return Verdict.refused(REFUSED);
        }
        Row row = jdbc.sql("""
                        SELECT name, token_hash, role, scope_unit, expires_at, revoked_at FROM api_tokens
                        WHERE token_hash = ?""")
                .param(TokenSecrets.hash(token))
                .query((rs, n) -> new Row(rs.getString("name"), rs.getString("token_hash"), Role.valueOf(rs.getString("role")),
                        rs.getString("scope_unit"), rs.getTimestamp("expires_at").toLocalDateTime(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toLocalDateTime()))
                .optional().filter(found -> TokenSecrets.matches(token, found.hash())).orElse(null);
        if (row == null) {
            return Verdict.refused(REFUSED);
        }
        if (row.revokedAt() != null) {
            return Verdict.refused("Mã truy cập «" + row.name() + "» (" + TokenSecrets.prefix(token) + "…) đã bị thu hồi lúc "
                    + row.revokedAt() + ".");
        }
        if (!row.expiresAt().isAfter(LocalDateTime.now())) {
            return Verdict.refused("Mã truy cập «" + row.name() + "» (" + TokenSecrets.prefix(token) + "…) đã hết hạn lúc "
                    + row.expiresAt() + ": hãy xin quản trị hệ thống cấp mã mới.");
        }
        return Verdict.accepted(KpiPrincipal.machine(ACTOR + row.name(), row.role(), row.scope()));
    }

    @Override
    public void used(KpiPrincipal principal, String method, String path, int status, String remoteAddress) {
        String name = principal.getUsername().substring(ACTOR.length());
        uses.add(new ApiTokensUsed.Use(name, principal.getUsername(), LocalDateTime.now(), method, path, status,
                remoteAddress));
    }
}
