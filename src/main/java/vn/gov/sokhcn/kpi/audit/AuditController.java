package vn.gov.sokhcn.kpi.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.system.PageResponse;

/**
 * {@code GET /api/audit}: the audit log, newest first, filtered by actor, action, object type and id and
 * days ({@code from}, {@code to}, ISO dates). There is no way to change it: PUT, POST, PATCH and DELETE
 * answer 405.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {
    private final AuditQuery query;

    AuditController(AuditQuery query) {
        this.query = query;
    }

    @GetMapping
    PageResponse<AuditEventView> list(@RequestParam(required = false) String actor,
                                      @RequestParam(required = false) String action,
                                      @RequestParam(required = false) String objectType,
                                      @RequestParam(required = false) String objectId,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return query.list(new AuditQuery.Filter(actor, action, objectType, objectId, from, to), page, size);
    }
}
