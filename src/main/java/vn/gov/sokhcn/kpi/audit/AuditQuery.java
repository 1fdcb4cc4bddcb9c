package vn.gov.sokhcn.kpi.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** Reading the audit log, newest first, for administrators and HR officers only. */
@Service
class AuditQuery {
    private final JdbcClient jdbc;
    private final AuditJson json;
    private final CurrentUser currentUser;

    AuditQuery(JdbcClient jdbc, AuditJson json, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.json = json;
        this.currentUser = currentUser;
    }

    /** {@code from} and {@code to}: days, both included. */
    record Filter(String actor, String action, String objectType, String objectId, LocalDate from, LocalDate to) {
    }

    @Transactional(readOnly = true)
    PageResponse<AuditEventView> list(Filter filter, Integer page, Integer size) {
        if (!currentUser.has(Role.ADMIN, Role.HR_OFFICER)) {
            throw new ScopeDeniedException("Chỉ quản trị viên và cán bộ tổ chức được xem nhật ký kiểm tra");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, problems);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            problems.add(new FieldProblem("to", "Ngày «đến» trước ngày «từ»"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        equal(where, params, "actor", filter.actor());
        equal(where, params, "action", filter.action() == null ? null : filter.action().strip().toUpperCase(java.util.Locale.ROOT));
        equal(where, params, "object_type", filter.objectType());
        equal(where, params, "object_id", filter.objectId());
        if (filter.from() != null) {
            where.add("at >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.add("at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_events" + clause).params(params).query(Long.class).single();
        List<AuditEventView> items = jdbc.sql("""
                SELECT id, at, actor, action, object_type, object_id, before_json, after_json, detail, remote_address
                FROM audit_events""" + clause + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new AuditEventView(rs.getLong("id"), rs.getObject("at", LocalDateTime.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                        json.read(rs.getString("before_json")), json.read(rs.getString("after_json")),
                        rs.getString("detail"), rs.getString("remote_address")))
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    private static void equal(List<String> where, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.add(column + " = :" + column);
            params.put(column, value.strip());
        }
    }
}
