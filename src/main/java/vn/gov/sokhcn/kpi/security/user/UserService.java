package vn.gov.sokhcn.kpi.security.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.security.AppUser;
import vn.gov.sokhcn.kpi.security.AppUserRepository;
import vn.gov.sokhcn.kpi.security.KpiSecurityProperties;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/** Accounts: created and changed by an administrator; each user may change their own password. */
@Service
class UserService {
    /** BCrypt reads no more than this (UTF-8 bytes of) a password; the encoder refuses longer ones. */
    private static final int BCRYPT_MAX_BYTES = 72;
    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final int minLength;

    UserService(AppUserRepository users, JdbcClient jdbc, PasswordEncoder encoder,
                KpiSecurityProperties security) {
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.minLength = security.passwordMinLength();
    }

    List<UserView> all() {
        return users.findAll().stream().sorted((a, b) -> a.username().compareTo(b.username())).map(this::view).toList();
    }

    UserView get(String username) {
        return view(find(username));
    }

    @Transactional
    UserView create(UserRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.username() == null) {
            problems.add(new FieldProblem("$.username", "Cần tên đăng nhập"));
        }
        checkStrength("$.password", request.password(), problems);
        Long employeeId = employeeId(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (users.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("Đã có tài khoản «" + request.username() + "».");
        }
        LocalDateTime now = LocalDateTime.now();
        AppUser saved = users.save(new AppUser(null, request.username(), encoder.encode(request.password()),
                request.displayName().strip(), request.role(), employeeId, !Boolean.FALSE.equals(request.enabled()),
                now, now, false, email(request)));
        return view(saved);
    }

    @Transactional
    UserView update(String username, UserRequest request) {
        AppUser user = find(username);
        List<FieldProblem> problems = new ArrayList<>();
        Long employeeId = employeeId(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean enabled = request.enabled() == null ? user.enabled() : request.enabled();
        AppUser changed = user.withDetails(request.displayName().strip(), request.role(), employeeId, enabled,
                request.email() == null ? user.email() : email(request));
        if (!changed.enabledAdmin()) {
            keepAnotherAdmin(user, enabled ? "đổi vai trò của" : "khóa");
        }
        return view(users.save(changed));
    }

    @Transactional
    void delete(String username) {
        AppUser user = find(username);
        keepAnotherAdmin(user, "xóa");
        users.delete(user);
    }

    /**
     * Refuses (409) to take the last enabled administrator away. The enabled administrators' rows are locked
     * first (FOR UPDATE, in id order), then counted by a new statement: of two concurrent requests taking away
     * two different administrators, the second waits for the first to commit and then sees its change.
     */
    private void keepAnotherAdmin(AppUser user, String what) {
        if (!user.enabledAdmin()) {
            return;
        }
        jdbc.sql("SELECT id FROM app_users WHERE role = 'ADMIN' AND enabled = TRUE ORDER BY id FOR UPDATE")
                .query(Long.class).list();
        long others = jdbc.sql("SELECT COUNT(*) FROM app_users WHERE role = 'ADMIN' AND enabled = TRUE AND username <> ?")
                .param(user.username()).query(Long.class).single();
        if (others == 0) {
            throw new ConflictException("Không thể " + what + " tài khoản «" + user.username()
                    + "»: đây là quản trị hệ thống cuối cùng còn hoạt động. Hãy tạo hoặc mở khóa một tài khoản quản trị khác trước.");
        }
    }

    @Transactional
    void resetPassword(String username, PasswordChange change) {
        AppUser user = find(username);
        List<FieldProblem> problems = new ArrayList<>();
        checkStrength("$.newPassword", change.newPassword(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        users.save(user.withPassword(encoder.encode(change.newPassword()), LocalDateTime.now()));
    }

    @Transactional
    void changeOwnPassword(String username, PasswordChange change) {
        AppUser user = find(username);
        if (change.currentPassword() == null || !encoder.matches(change.currentPassword(), user.passwordHash())) {
            throw new InvalidRequestException(List.of(new FieldProblem("$.currentPassword", "Mật khẩu hiện tại không đúng")));
        }
        if (change.currentPassword().equals(change.newPassword())) {
            throw new InvalidRequestException(List.of(new FieldProblem("$.newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại")));
        }
        resetPassword(username, change);
    }

    private void checkStrength(String field, String password, List<FieldProblem> problems) {
        if (password == null || password.strip().length() < minLength) {
            problems.add(new FieldProblem(field, "Mật khẩu cần ít nhất " + minLength + " ký tự"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            problems.add(new FieldProblem(field, "Mật khẩu tối đa " + BCRYPT_MAX_BYTES + " byte (chữ có dấu tính 2–3 byte)"));
        }
    }

    private Long employeeId(UserRequest request, List<FieldProblem> problems) {
        boolean needsEmployee = request.role() == Role.UNIT_HEAD || request.role() == Role.EMPLOYEE;
        if (request.employee() == null || request.employee().isBlank()) {
            if (needsEmployee) {
                problems.add(new FieldProblem("$.employee", "Vai trò " + request.role().label()
                        + " cần mã cán bộ của chính người dùng"));
            }
            return null;
        }
        Long id = jdbc.sql("SELECT id FROM employees WHERE code = ?").param(request.employee().strip())
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            problems.add(new FieldProblem("$.employee", "Không có cán bộ mã «" + request.employee().strip() + "»"));
        }
        return id;
    }

    private static String email(UserRequest request) {
        return request.email() == null || request.email().isBlank() ? null : request.email().strip();
    }

    private AppUser find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("tài khoản", username));
    }

    private UserView view(AppUser user) {
        String employee = user.employeeId() == null ? null : jdbc.sql("SELECT code FROM employees WHERE id = ?")
                .param(user.employeeId()).query(String.class).single();
        return new UserView(user.username(), user.displayName(), user.role(), user.role().label(), employee, user.email(),
                user.enabled(), user.createdAt(), user.passwordChangedAt());
    }
}
