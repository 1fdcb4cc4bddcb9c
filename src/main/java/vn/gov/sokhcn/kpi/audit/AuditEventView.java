package vn.gov.sokhcn.kpi.audit;

import java.time.LocalDateTime;
import tools.jackson.databind.JsonNode;

/** One event of {@code GET /api/audit}; {@code before} and {@code after} are the object as JSON (null where none). */
record AuditEventView(long id, LocalDateTime at, String actor, String action, String objectType, String objectId,
                      JsonNode before, JsonNode after, String detail, String remoteAddress) {
}
