package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A real installation: no demo data, no demo users. The empty database gets one administrator «admin»
 * with the password of kpi.security.initial-admin-password, and nobody else.
 */
@SpringBootTest(properties = {"kpi.demo-data.enabled=false", "kpi.security.demo-users=false",
        "kpi.security.initial-admin-password=" + InitialAdminTest.PASSWORD})
@AutoConfigureMockMvc
class InitialAdminTest {
    static final String PASSWORD = "Quan-tri-ban-dau-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldCreateOnlyTheAdministratorWithTheConfiguredPassword() throws Exception {
        assertThat(jdbc.sql("SELECT username || ' ' || role || ' ' || display_name FROM app_users").query(String.class).list())
                .containsExactly("admin ADMIN Quản trị hệ thống");
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
}
