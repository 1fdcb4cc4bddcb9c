package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.sokhcn.kpi.system.StartupLock;

/**
 * A real installation: no demo data, no demo users. The empty database gets one administrator «admin»
 * with the password of kpi.security.initial-admin-password, and nobody else; without that property, a random
 * password written once to the log.
 */
@SpringBootTest(properties = {"kpi.demo-data.enabled=false", "kpi.security.demo-users=false",
        "kpi.security.initial-admin-password=" + InitialAdminTest.PASSWORD})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class InitialAdminTest {
    static final String PASSWORD = "Quan-tri-ban-dau-2026";
    /** No demo users and no initial ADMIN password: only a generated one can be written. */
    static final KpiSecurityProperties NO_INITIAL_ADMIN = new KpiSecurityProperties(10, 8, false, "",
            new KpiSecurityProperties.Throttle(5, Duration.ofMinutes(5)), false);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    StartupLock startup;

    @Test
    void shouldCreateOnlyTheAdministratorWithTheConfiguredPassword() throws Exception {
        assertThat(jdbc.sql("SELECT username || ' ' || role || ' ' || display_name FROM app_users").query(String.class).list())
                .containsExactly("admin ADMIN Quản trị hệ thống");
        assertThat(jdbc.sql("SELECT must_change_password FROM app_users").query(Boolean.class).single())
                .as("a password somebody chose need not be changed").isFalse();
        assertThat(jdbc.sql("SELECT password_hash FROM app_users").query(String.class).single())
                .matches("\\$2[ab]\\$.*").isNotEqualTo(PASSWORD);

        mvc.perform(get("/api/users/me").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"))
                .andExpect(jsonPath("$.role").value("ADMIN"));
        mvc.perform(get("/api/users/me").with(httpBasic("admin", "demo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users/me").with(httpBasic("hr", "demo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users/me").with(httpBasic("expert", "demo"))).andExpect(status().isUnauthorized());
    }

    @Test
    @Transactional
    void shouldWriteARandomPasswordOnceToTheLogWhenNoneIsConfigured(CapturedOutput output) throws Exception {
        jdbc.sql("DELETE FROM app_users").update();
        new UserBootstrap(jdbc, encoder, demoUsers, NO_INITIAL_ADMIN, startup).ensureSomeoneCanSignIn();

        Matcher logged = Pattern.compile("đã tạo «admin» với mật khẩu ([0-9a-f]{24}) — hãy đổi ngay").matcher(output.getAll());
        assertThat(logged.find()).as(output.getAll()).isTrue();
        String password = logged.group(1);
        assertThat(jdbc.sql("SELECT username FROM app_users").query(String.class).list()).containsExactly("admin");
        assertThat(jdbc.sql("SELECT must_change_password FROM app_users").query(Boolean.class).single())
                .as("a password written to the log must be changed").isTrue();
        mvc.perform(get("/api/users/me").with(httpBasic("admin", password))).andExpect(status().isOk());
        mvc.perform(get("/api/users/me").with(httpBasic("admin", PASSWORD))).andExpect(status().isUnauthorized());

        new UserBootstrap(jdbc, encoder, demoUsers, NO_INITIAL_ADMIN, startup).ensureSomeoneCanSignIn();
        assertThat(Pattern.compile("mật khẩu [0-9a-f]{24}").matcher(output.getAll()).results().count()).isOne();
    }
}
