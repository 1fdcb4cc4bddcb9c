package vn.gov.sokhcn.kpi.console.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * /api-tokens, «Mã truy cập cho hệ thống khác»: an administrator lists tokens, creates one (shown on that answer
 * only) and revokes one; nobody else reaches the page or sees it in the menu.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ApiTokenPageTest {
    private static final String FUTURE = LocalDateTime.now().plusDays(30).withSecond(0).withNano(0).toString();
    private static final Pattern ISSUED = Pattern.compile("<code id=\"issued-token\">(kpi_[A-Za-z0-9_-]{43})</code>");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldOfferThePageToAdministratorsOnly() throws Exception {
        String page = page("admin").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Mã truy cập cho hệ thống khác</h1>",
                "<a href=\"/api-tokens\" class=\"active\">Mã truy cập</a>", "Chưa cấp mã truy cập nào.",
                "<option value=\"UNIT_HEAD\">Trưởng đơn vị</option>").doesNotContain("<option value=\"EMPLOYEE\"");
        page("hr").andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/help").with(httpBasic("hr", "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/api-tokens");
    }

    @Test
    void shouldShowANewTokenOnceAndListItWithoutIt() throws Exception {
        String answer = create("Cổng dữ liệu tỉnh", "EXPERT", "", FUTURE).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher issued = ISSUED.matcher(answer);
        assertThat(issued.find()).isTrue();
        String token = issued.group(1);
        assertThat(answer).contains("Hãy sao chép mã này ngay");

        String later = page("admin").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(later).doesNotContain(token).doesNotContain("issued-token")
                .contains("<td>Cổng dữ liệu tỉnh</td>", "<code>" + token.substring(0, 12) + "…</code>",
                        "<td>Thành viên tổ chuyên gia</td>", "<td>Theo vai trò</td>", "<td>Chưa dùng</td>", "Còn hiệu lực");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE name = 'Cổng dữ liệu tỉnh' AND created_by = 'admin'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void shouldNameEachRefusalUnderItsField() throws Exception {
        String answer = create("", "UNIT_HEAD", "", "").andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("<p class=\"error\" id=\"name-error\">Cần tên của hệ thống dùng mã truy cập</p>",
                "<p class=\"error\" id=\"scope-error\">Mã truy cập vai trò «Trưởng đơn vị» cần mã đơn vị được xem (scope)</p>",
                "<p class=\"error\" id=\"expiresAt-error\">Cần thời điểm hết hạn (ví dụ 2027-06-30T00:00:00)</p>")
                .doesNotContain("issued-token");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens").query(Long.class).single()).isZero();
    }

    @Test
    void shouldRevokeATokenAndAuditIt() throws Exception {
        create("phần mềm nhân sự", "HR_OFFICER", "", FUTURE).andExpect(status().isCreated());
        long id = jdbc.sql("SELECT id FROM api_tokens WHERE name = 'phần mềm nhân sự'").query(Long.class).single();

        mvc.perform(post("/api-tokens/" + id + "/revoke").with(httpBasic("admin", "demo")).with(csrf()))
                .andExpect(redirectedUrl("/api-tokens"))
                .andExpect(flash().attribute("revoked", "Đã thu hồi mã truy cập «phần mềm nhân sự»."));
        assertThat(jdbc.sql("SELECT revoked_by FROM api_tokens WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("admin");
        assertThat(page("admin").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Đã thu hồi (admin, ").doesNotContain("/api-tokens/" + id + "/revoke");
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE object_type = 'ApiToken' AND object_id = 'phần mềm nhân sự' ORDER BY id")
                .query(String.class).list()).containsExactly("API_TOKEN_CREATED", "API_TOKEN_REVOKED");
    }

    private ResultActions page(String user) throws Exception {
        return mvc.perform(get("/api-tokens").with(httpBasic(user, "demo")));
    }

    private ResultActions create(String name, String role, String scope, String expiresAt) throws Exception {
        return mvc.perform(post("/api-tokens").with(httpBasic("admin", "demo")).with(csrf())
                .param("name", name).param("role", role).param("scope", scope).param("expiresAt", expiresAt));
    }
}
