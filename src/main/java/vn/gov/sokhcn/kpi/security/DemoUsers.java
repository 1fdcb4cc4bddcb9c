package vn.gov.sokhcn.kpi.security;

import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users, one per role, all with the password «demo» (the README says to change it): created
 * with the demo data only. «director» is the Department's Director (CB01), who decides the ratings of its
 * staff in the appraisal procedure, «head» the head of the demo's Science Management division (CB17) and
 * «staff» one of its officers (CB19); they are skipped when those employees do not exist.
 */
@Component
public class DemoUsers {
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String PASSWORD = "demo";
    /** Demo users' mail addresses: {@code <username>@demo.kpi.local}, a domain that delivers nowhere. */
    static final String EMAIL_DOMAIN = "@demo.kpi.local";

    record DemoUser(String username, String displayName, Role role, String employeeCode) {
    }

    static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Quản trị hệ thống", Role.ADMIN, null),
            new DemoUser("hr", "Cán bộ tổ chức (Văn phòng Sở)", Role.HR_OFFICER, null),
            new DemoUser("hr2", "Cán bộ tổ chức thứ hai", Role.HR_OFFICER, null),
            new DemoUser("expert", "Thành viên tổ chuyên gia", Role.EXPERT, null),
            new DemoUser("director", "Giám đốc Sở", Role.UNIT_HEAD, "CB01"),
            new DemoUser("head", "Trưởng phòng Quản lý khoa học", Role.UNIT_HEAD, "CB17"),
            new DemoUser("staff", "Chuyên viên phòng Quản lý khoa học", Role.EMPLOYEE, "CB19"));

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    DemoUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Creates the demo users that are missing; existing accounts (and their passwords) are left alone. */
    @Transactional
    public void createMissing() {
        String hash = encoder.encode(PASSWORD);
        LocalDateTime now = LocalDateTime.now();
        for (DemoUser user : ALL) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM app_users WHERE username = ?")
                    .param(user.username()).query(Long.class).single() > 0;
            Long employeeId = user.employeeCode() == null ? null : jdbc.sql("SELECT id FROM employees WHERE code = ?")
                    .param(user.employeeCode()).query(Long.class).optional().orElse(null);
            if (exists || (user.employeeCode() != null && employeeId == null)) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO app_users (username, password_hash, display_name, role, employee_id, enabled,
                                                   created_at, password_changed_at, email)
                            VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?)""")
                    .params(user.username(), hash, user.displayName(), user.role().name(), employeeId, now, now,
                            user.username() + EMAIL_DOMAIN)
                    .update();
            log.info("Tạo tài khoản mẫu «{}» ({})", user.username(), user.role().label());
        }
    }
}
