package vn.gov.sokhcn.kpi.audit;

import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.gov.sokhcn.kpi.security.CurrentUser;

/**
 * Writes the audit log. An event is written in the caller's transaction (through the same connection),
 * so an edit that rolls back leaves no event and an edit that commits always has one; outside a
 * transaction it is written at once. The object before and after is stored as JSON without any
 * password field ({@link AuditJson}). Nothing changes or deletes an event.
 */
@Service
public class AuditLog {
    private static final ThreadLocal<Integer> QUIET = ThreadLocal.withInitial(() -> 0);

    private final JdbcClient jdbc;
    private final AuditJson json;
    private final CurrentUser currentUser;

    AuditLog(JdbcClient jdbc, AuditJson json, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.json = json;
        this.currentUser = currentUser;
    }

    /** An event by the current user ({@link CurrentUser#name()}). */
    public void record(AuditAction action, String objectType, Object objectId, Object before, Object after, String detail) {
        recordAs(currentUser.name(), action, objectType, objectId, before, after, detail);
    }

    /** An event by a named actor (a background task, or the user name of a failed login). */
    public void recordAs(String actor, AuditAction action, String objectType, Object objectId, Object before, Object after,
                         String detail) {
        jdbc.sql("""
                INSERT INTO audit_events (at, actor, action, object_type, object_id, before_json, after_json, detail, remote_address)
                VALUES (:at, :actor, :action, :objectType, :objectId, :before, :after, :detail, :remote)
                """)
                .param("at", LocalDateTime.now())
                .param("actor", clip(actor == null || actor.isBlank() ? CurrentUser.GUEST : actor, 200))
                .param("action", action.name())
                .param("objectType", objectType)
                .param("objectId", objectId == null ? null : clip(objectId.toString(), 200))
                .param("before", json.write(before))
                .param("after", json.write(after))
                .param("detail", clip(detail, 4000))
                .param("remote", remoteAddress())
                .update();
    }

    /**
     * Runs a bulk operation (a cascade) without an event per row saved; the caller records one event
     * for the whole operation.
     */
    public <T> T withoutRowEvents(Supplier<T> bulk) {
        QUIET.set(QUIET.get() + 1);
        try {
            return bulk.get();
        } finally {
            QUIET.set(QUIET.get() - 1);
        }
    }

    /** Whether row events are off on this thread ({@link #withoutRowEvents}). */
    boolean quiet() {
        return QUIET.get() > 0;
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
