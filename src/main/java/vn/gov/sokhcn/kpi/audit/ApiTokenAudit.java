package vn.gov.sokhcn.kpi.audit;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.token.ApiTokenEvent;
import vn.gov.sokhcn.kpi.security.token.ApiTokensUsed;

/**
 * API tokens of other systems: creation and revocation in the administrator's transaction, and one event per
 * request made with a token, written in a batch by {@code security.token.TokenUses} (the actor is the token,
 * {@code token:<name>}; the object its name; the detail the request and its status).
 */
@Component
class ApiTokenAudit {
    private final AuditLog log;
    private final JdbcTemplate jdbc;

    ApiTokenAudit(AuditLog log, JdbcTemplate jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    @EventListener
    void changed(ApiTokenEvent event) {
        var token = event.token();
        switch (event.kind()) {
            case CREATED -> log.record(AuditAction.API_TOKEN_CREATED, "ApiToken", token.name(), null, token,
                    "Cấp mã truy cập «" + token.name() + "» (" + token.prefix() + "…, vai trò " + token.roleLabel()
                            + (token.scope() == null ? "" : ", đơn vị " + token.scope()) + ", hết hạn " + token.expiresAt() + ")");
            case REVOKED -> log.record(AuditAction.API_TOKEN_REVOKED, "ApiToken", token.name(), null, token,
                    "Thu hồi mã truy cập «" + token.name() + "» (" + token.prefix() + "…)");
        }
    }

    @EventListener
    void used(ApiTokensUsed event) {
        List<ApiTokensUsed.Use> uses = event.uses();
        jdbc.batchUpdate("""
                INSERT INTO audit_events (at, actor, action, object_type, object_id, detail, remote_address)
                VALUES (?, ?, ?, 'ApiToken', ?, ?, ?)""", uses, 500, (statement, use) -> {
            statement.setTimestamp(1, Timestamp.valueOf(use.at()));
            statement.setString(2, use.actor());
            statement.setString(3, AuditAction.API_TOKEN_USED.name());
            statement.setString(4, use.tokenName());
            statement.setString(5, clip(use.method() + " " + use.path() + " → " + use.status()));
            statement.setString(6, use.remoteAddress());
        });
    }

    private static String clip(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }
}
