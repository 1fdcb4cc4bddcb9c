package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failed sign-ins with the production numbers (5 within 5 minutes): the sixth attempt of an account or of a
 * client address gets 429 with Retry-After, over HTTP Basic (problem details) and the form (its page); each
 * failure and refusal is audited; a success clears the account. The session cookie is read off a real server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"kpi.security.login-throttle.max-failures=5", "kpi.security.login-throttle.window=5m"})
@AutoConfigureMockMvc
class LoginThrottleTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void noFailures() {
        jdbc.sql("DELETE FROM login_failures").update();
    }

    @Test
    void shouldRefuseTheSixthBasicSignInOfAnAccountWith429AndRetryAfterEvenWithTheRightPassword() throws Exception {
        String hashBefore = hash("expert");
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/users/me").with(httpBasic("expert", "sai-" + i)).with(from("10.0.0." + i)))
                    .andExpect(status().isUnauthorized());
        }
        MockHttpServletResponse refused = mvc.perform(get("/api/users/me").with(httpBasic("expert", "demo"))
                .with(from("10.0.0.9"))).andExpect(status().isTooManyRequests()).andReturn().getResponse();

        long seconds = Long.parseLong(refused.getHeader("Retry-After"));
        assertThat(seconds).isBetween(295L, 300L);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        JsonNode problem = JSON.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("type").asString()).isEqualTo("urn:kpi:problem:too-many-login-failures");
        assertThat(problem.get("title").asString()).isEqualTo("Đăng nhập sai quá nhiều lần");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).isEqualTo("Đăng nhập sai quá nhiều lần với tài khoản này hoặc từ địa chỉ "
                + "này; hãy thử lại sau " + seconds + " giây.");
        assertThat(actions("expert")).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_THROTTLED");
        assertThat(jdbc.sql("SELECT detail FROM audit_events WHERE action = 'LOGIN_THROTTLED' AND actor = 'expert'")
                .query(String.class).single()).isEqualTo("Từ chối đăng nhập với tên «expert» từ 10.0.0.9: sai quá nhiều lần, "
                + "thử lại sau " + seconds + " giây");
        assertThat(hash("expert")).as("the account itself is not changed").isEqualTo(hashBefore);
        assertThat(failures()).as("a refusal is not one more failure").isEqualTo(5);
        mvc.perform(get("/api/users/me").with(httpBasic("hr2", "demo")).with(from("10.0.0.9"))).andExpect(status().isOk());
    }

    @Test
    void shouldRefuseTheSixthAttemptFromOneAddressWhateverTheAccount() throws Exception {
        for (String name : List.of("a1", "a2", "a3", "a4", "hr2")) {
            mvc.perform(get("/api/users/me").with(httpBasic(name, "sai")).with(from("10.9.9.9")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/users/me").with(httpBasic("hr", "demo")).with(from("10.9.9.9")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/users/me").with(httpBasic("hr", "demo")).with(from("10.9.9.10"))).andExpect(status().isOk());
        mvc.perform(get("/api/users/me").with(from("10.9.9.9"))).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldClearTheAccountsFailuresOnASuccessAndForgetFailuresOlderThanTheWindow() throws Exception {
        for (int i = 1; i <= 4; i++) {
            mvc.perform(get("/api/users/me").with(httpBasic("hr2", "sai")).with(from("10.1.0." + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/users/me").with(httpBasic("hr2", "demo")).with(from("10.1.1.1"))).andExpect(status().isOk());
        for (int i = 5; i <= 8; i++) {
            mvc.perform(get("/api/users/me").with(httpBasic("hr2", "sai")).with(from("10.1.0." + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/users/me").with(httpBasic("hr2", "demo")).with(from("10.1.1.1"))).andExpect(status().isOk());

        jdbc.sql("DELETE FROM login_failures").update();
        for (int i = 0; i < 5; i++) {
            jdbc.sql("INSERT INTO login_failures (username, remote_address, at) VALUES ('hr2', '10.1.2.1', ?)")
                    .param(LocalDateTime.now().minusMinutes(5).minusSeconds(1)).update();
        }
        mvc.perform(get("/api/users/me").with(httpBasic("hr2", "demo")).with(from("10.1.2.1"))).andExpect(status().isOk());
    }

    @Test
    void shouldShowTheLoginPageWith429AndTheMessageOnTheSixthFormSignIn() throws Exception {
        String address = "10.2.0.1";
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = formLogin("hr2", "sai", address);
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> refused = formLogin("hr2", "demo", address);

        assertThat(refused.statusCode()).isEqualTo(429);
        long seconds = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(seconds).isBetween(295L, 300L);
        assertThat(refused.body()).contains("<p class=\"error\" role=\"alert\">Đăng nhập sai quá nhiều lần với tài khoản này "
                + "hoặc từ địa chỉ này; hãy thử lại sau " + seconds + " giây.</p>", "<form method=\"post\" action=\"/login\">");
        assertThat(actions("hr2")).endsWith("LOGIN_FAILED", "LOGIN_THROTTLED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'LOGIN' AND actor = 'hr2'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void shouldSetTheSessionCookieHttpOnlyAndSameSiteLaxAndSecureOnlyOverHttps() throws Exception {
        HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", "10.3.0.1").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(plain)).matches("SESSION=[0-9A-Za-z+/=]+; Path=/; HttpOnly; SameSite=Lax");

        HttpResponse<String> https = HTTP.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", "10.3.0.1")
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(https)).matches("SESSION=[0-9A-Za-z+/=]+; Path=/; Secure; HttpOnly; SameSite=Lax");
    }

    private HttpResponse<String> formLogin(String username, String password, String address) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address)
                .header("Cookie", sessionCookie(page).split(";")[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<String> actions(String actor) {
        return jdbc.sql("SELECT action FROM audit_events WHERE actor = ? AND action LIKE 'LOGIN%' AND at > ? ORDER BY id")
                .params(actor, LocalDateTime.now().minusMinutes(1)).query(String.class).list();
    }

    private String hash(String username) {
        return jdbc.sql("SELECT password_hash || enabled || must_change_password FROM app_users WHERE username = ?")
                .param(username).query(String.class).single();
    }

    private long failures() {
        return jdbc.sql("SELECT COUNT(*) FROM login_failures").query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
