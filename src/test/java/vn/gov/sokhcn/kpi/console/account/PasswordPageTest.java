package vn.gov.sokhcn.kpi.console.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * /account/password: every signed-in user changes their own password (current one, new one twice, the length
 * rule); an account that must change its password reaches nothing else, page or API, until it has.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PasswordPageTest {
    static final String OLD = "Mat-khau-cu-1";
    static final String NEW = "Mat-khau-moi-2";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void users() {
        insert("lan", false);
        insert("moi", true);
    }

    @Test
    void shouldOfferThePageToEveryUserWithALinkInTheMenu() throws Exception {
        for (String user : new String[] {"expert", "hr", "admin"}) {
            String page = mvc.perform(get("/account/password").with(httpBasic(user, "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("<h1>Đổi mật khẩu</h1>",
                    "<a class=\"account active\" href=\"/account/password\">Đổi mật khẩu</a>",
                    "<input id=\"currentPassword\" name=\"currentPassword\" type=\"password\"",
                    "<input id=\"newPassword\" name=\"newPassword\" type=\"password\"",
                    "<input id=\"repeatedPassword\" name=\"repeatedPassword\" type=\"password\"",
                    "Mật khẩu mới (ít nhất <span>8</span> ký tự)").doesNotContain("id=\"must-change\"");
        }
        assertThat(mvc.perform(get("/help").with(httpBasic("expert", "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("<a class=\"account\" href=\"/account/password\">Đổi mật khẩu</a>");
        mvc.perform(get("/account/password")).andExpect(status().isFound());
    }

    @Test
    void shouldNameEachRefusalOnTheFormAndKeepThePassword() throws Exception {
        String before = hash("lan");
        assertError(change("lan", "sai-roi-1", NEW, NEW), "currentPassword-error", "Mật khẩu hiện tại không đúng");
        assertError(change("lan", OLD, "ngan", "ngan"), "newPassword-error", "Mật khẩu cần ít nhất 8 ký tự");
        assertError(change("lan", OLD, NEW, NEW + "x"), "repeatedPassword-error", "Hai lần nhập mật khẩu mới không giống nhau");
        assertError(change("lan", OLD, OLD, OLD), "newPassword-error", "Mật khẩu mới phải khác mật khẩu hiện tại");
        assertThat(hash("lan")).isEqualTo(before);
    }

    @Test
    void shouldChangeThePasswordAndSaySo() throws Exception {
        change("lan", OLD, NEW, NEW).andExpect(status().isFound()).andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("changed", "Đã đổi mật khẩu."));
        mvc.perform(get("/api/users/me").with(httpBasic("lan", OLD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users/me").with(httpBasic("lan", NEW))).andExpect(status().isOk());
    }

    @Test
    void shouldKeepAMustChangeAccountOnThePasswordPageUntilItChangesIt() throws Exception {
        for (String page : new String[] {"/", "/results", "/help"}) {
            mvc.perform(get(page).with(httpBasic("moi", OLD))).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(get("/api/employees").with(httpBasic("moi", OLD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:password-change-required"))
                .andExpect(jsonPath("$.title").value("Cần đổi mật khẩu"))
                .andExpect(jsonPath("$.detail").value("Tài khoản «moi» phải đổi mật khẩu trước khi làm việc khác: PUT "
                        + "/api/users/me/password với mật khẩu hiện tại (currentPassword) và mật khẩu mới (newPassword)."));
        long units = jdbc.sql("SELECT COUNT(*) FROM units").query(Long.class).single(); // other classes share the context
        mvc.perform(post("/api/units").with(httpBasic("moi", OLD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"PWD-GATE\",\"name\":\"Phòng Quản lý khoa học\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM units").query(Long.class).single()).isEqualTo(units);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM units WHERE code = 'PWD-GATE'").query(Long.class).single()).isZero();
        mvc.perform(get("/api/users/me").with(httpBasic("moi", OLD))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/account/password").with(httpBasic("moi", OLD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Tài khoản của bạn dùng mật khẩu do hệ thống tạo: hãy đổi mật khẩu trước khi dùng các chức năng khác.");

        change("moi", OLD, NEW, NEW).andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT must_change_password FROM app_users WHERE username = 'moi'").query(Boolean.class).single())
                .isFalse();
        mvc.perform(get("/api/employees").with(httpBasic("moi", NEW))).andExpect(status().isOk());
        mvc.perform(get("/help").with(httpBasic("moi", NEW))).andExpect(status().isOk());
    }

    @Test
    void shouldFreeAMustChangeAccountThroughTheApiToo() throws Exception {
        mvc.perform(put("/api/users/me/password").with(httpBasic("moi", OLD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"" + OLD + "\",\"newPassword\":\"" + NEW + "\"}")).andExpect(status().isNoContent());
        mvc.perform(get("/api/employees").with(httpBasic("moi", NEW))).andExpect(status().isOk());
    }

    private ResultActions change(String user, String current, String next, String repeated) throws Exception {
        return mvc.perform(post("/account/password").with(httpBasic(user, OLD)).with(csrf())
                .param("currentPassword", current).param("newPassword", next).param("repeatedPassword", repeated));
    }

    private static void assertError(ResultActions refused, String id, String message) throws Exception {
        assertThat(refused.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<p class=\"error\" id=\"" + id + "\">" + message + "</p>");
    }

    private void insert(String username, boolean mustChange) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                        INSERT INTO app_users (username, password_hash, display_name, role, enabled, created_at,
                                               password_changed_at, must_change_password)
                        VALUES (?, ?, ?, 'HR_OFFICER', TRUE, ?, ?, ?)""")
                .params(username, encoder.encode(OLD), "Người dùng " + username, now, now, mustChange).update();
    }

    private String hash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_users WHERE username = ?").param(username).query(String.class).single();
    }
}
