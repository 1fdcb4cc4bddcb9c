package vn.gov.sokhcn.kpi.security;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.StartupLock;

/**
 * Makes sure someone can sign in. With {@code kpi.security.demo-users=true} the demo users are created
 * (the tests use them); otherwise a database without any user gets one administrator «admin» whose
 * password is {@code kpi.security.initial-admin-password} (the environment variable KPI_ADMIN_PASSWORD) or,
 * when that is empty, a random one written once to the log and marked must-change: nothing but the
 * password change is open to it until then ({@link PasswordChangeGate}). Under the {@link StartupLock}: instances
 * starting together on one empty database create one administrator.
 */
@Component
class UserBootstrap {
    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final DemoUsers demoUsers;
    private final boolean createDemoUsers;
    private final String initialAdminPassword;
    private final StartupLock startup;

    UserBootstrap(JdbcClient jdbc, PasswordEncoder encoder, DemoUsers demoUsers,
                  KpiSecurityProperties security, StartupLock startup) {
        this.startup = startup;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.demoUsers = demoUsers;
        this.createDemoUsers = security.demoUsers();
        this.initialAdminPassword = security.initialAdminPassword();
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensureSomeoneCanSignIn() {
        startup.once(this::createFirstUsers);
    }

    private void createFirstUsers() {
        if (createDemoUsers) {
            demoUsers.createMissing();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM app_users").query(Long.class).single() > 0) {
            return;
        }
        boolean generated = initialAdminPassword.isBlank();
        String password = generated ? HexFormat.of().formatHex(new SecureRandom().generateSeed(12)) : initialAdminPassword;
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                        INSERT INTO app_users (username, password_hash, display_name, role, enabled, created_at,
                                               password_changed_at, must_change_password)
                        VALUES ('admin', ?, 'Quản trị hệ thống', 'ADMIN', TRUE, ?, ?, ?)""")
                .params(encoder.encode(password), now, now, generated).update();
        if (generated) {
            log.warn("Chưa có tài khoản nào: đã tạo «admin» với mật khẩu {} — hãy đổi ngay sau khi đăng nhập "
                    + "(bắt buộc trước mọi việc khác).", password);
        } else {
            log.warn("Chưa có tài khoản nào: đã tạo «admin» với mật khẩu của KPI_ADMIN_PASSWORD (kpi.security.initial-admin-password).");
        }
    }
}
