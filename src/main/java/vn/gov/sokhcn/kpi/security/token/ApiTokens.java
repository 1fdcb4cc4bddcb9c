package vn.gov.sokhcn.kpi.security.token;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * API tokens of other systems, managed by an administrator: created (the token returned this once, only its
 * SHA-256 stored), listed, revoked. Each change is audited in its transaction ({@link ApiTokenEvent}). A token
 * cannot manage tokens itself: a leaked one must not be able to mint lasting successors.
 */
@Service
public class ApiTokens {
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional
    public IssuedApiToken create(ApiTokenRequest request) {
        requirePerson();
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        check(request, now);
        String token = TokenSecrets.newToken();
        String scope = blank(request.scope()) ? null : request.scope().strip();
        insert(request, token, scope, now);
        ApiTokenView view = byName(request.name().strip(), now);
        events.publishEvent(new ApiTokenEvent(ApiTokenEvent.Kind.CREATED, view));
        return new IssuedApiToken(token, view);
    }

    /** A name already used meets the unique index, however close two creations come: 409. */
    private void insert(ApiTokenRequest request, String token, String scope, LocalDateTime now) {
        try {
            jdbc.sql("""
                        INSERT INTO api_tokens (name, prefix, token_hash, role, scope_unit, expires_at, created_by, created_at)
                        VALUES (:name, :prefix, :hash, :role, :scope, :expiresAt, :createdBy, :createdAt)""")
                .param("name", request.name().strip()).param("prefix", TokenSecrets.prefix(token))
                .param("hash", TokenSecrets.hash(token)).param("role", request.role().name()).param("scope", scope)
                .param("expiresAt", request.expiresAt()).param("createdBy", currentUser.name()).param("createdAt", now)
                .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Đã có mã truy cập tên «" + request.name().strip() + "»: hãy đặt tên khác.");
        }
    }

    public List<ApiTokenView> list() {
        LocalDateTime now = LocalDateTime.now();
        return jdbc.sql(ApiTokenRows.SELECT + " ORDER BY created_at DESC, id DESC")
                .query((rs, n) -> ApiTokenRows.view(rs, now)).list();
    }

    @Transactional
    public ApiTokenView revoke(long id) {
        requirePerson();
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        ApiTokenView token = jdbc.sql(ApiTokenRows.SELECT + " WHERE id = ? FOR UPDATE").param(id)
                .query((rs, n) -> ApiTokenRows.view(rs, now)).optional()
                .orElseThrow(() -> new NotFoundException("Mã truy cập", id));
        if (token.revokedAt() != null) {
            throw new ConflictException("Mã truy cập «" + token.name() + "» đã bị thu hồi lúc " + token.revokedAt() + ".");
        }
        jdbc.sql("UPDATE api_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ?")
                .params(now, currentUser.name(), id).update();
        ApiTokenView revoked = byName(token.name(), now);
        events.publishEvent(new ApiTokenEvent(ApiTokenEvent.Kind.REVOKED, revoked));
        return revoked;
    }

    private ApiTokenView byName(String name, LocalDateTime now) {
        return jdbc.sql(ApiTokenRows.SELECT + " WHERE name = ?").param(name).query((rs, n) -> ApiTokenRows.view(rs, now))
                .single();
    }

    private void requirePerson() {
        if (currentUser.machine()) {
            throw new ScopeDeniedException("Mã truy cập của hệ thống khác không được tạo hay thu hồi mã truy cập: "
                    + "hãy đăng nhập bằng tài khoản quản trị hệ thống.");
        }
    }

    private void check(ApiTokenRequest request, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(request.name())) {
            problems.add(new FieldProblem("$.name", "Cần tên của hệ thống dùng mã truy cập"));
        } else if (request.name().strip().length() > 100) {
            problems.add(new FieldProblem("$.name", "Dài tối đa 100 ký tự"));
        }
        if (request.role() == null) {
            problems.add(new FieldProblem("$.role", "Cần vai trò của mã truy cập (ADMIN, HR_OFFICER, EXPERT, UNIT_HEAD)"));
        } else if (request.role() == Role.EMPLOYEE) {
            problems.add(new FieldProblem("$.role", "Mã truy cập của hệ thống khác không mang vai trò «"
                    + Role.EMPLOYEE.label() + "»: vai trò này chỉ dành cho chính người đó"));
        } else if (request.role() == Role.UNIT_HEAD && blank(request.scope())) {
            problems.add(new FieldProblem("$.scope", "Mã truy cập vai trò «" + Role.UNIT_HEAD.label()
                    + "» cần mã đơn vị được xem (scope)"));
        }
        if (!blank(request.scope()) && jdbc.sql("SELECT COUNT(*) FROM units WHERE code = ?").param(request.scope().strip())
                .query(Long.class).single() == 0) {
            problems.add(new FieldProblem("$.scope", "Không có đơn vị mã «" + request.scope().strip() + "»"));
        }
        if (request.expiresAt() == null) {
            problems.add(new FieldProblem("$.expiresAt", "Cần thời điểm hết hạn (ví dụ 2027-06-30T00:00:00)"));
        } else if (!request.expiresAt().isAfter(now)) {
            problems.add(new FieldProblem("$.expiresAt", "Thời điểm hết hạn phải ở tương lai"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
