package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in: HTTP Basic for the API with 401 problem details, the Vietnamese login form for the pages,
 * CSRF only where a browser session carries the request, and the security headers on every answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuthenticationTest {
    static final String UNAUTHENTICATED = "urn:kpi:problem:unauthenticated";
    static final String NO_CREDENTIALS = "Cần đăng nhập để dùng API này (HTTP Basic: tên đăng nhập và mật khẩu).";
    static final String BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.";
    // Each test its own unit code: the context (and its database) is shared with other test classes.
    static final String UNIT = "{\"code\":\"%s\",\"name\":\"Phòng Kế hoạch – Tài chính\"}";

    @Autowired
    MockMvc mvc;

    @Test
    void shouldAnswerEveryMethodOfTheApiWithoutCredentialsWith401ProblemDetails() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/api/units"), json(post("/api/units"), "AU-NONE"),
                json(put("/api/units/AU-NONE"), "AU-NONE"), delete("/api/units/AU-NONE"), get("/api/users/me"),
                json(post("/api/evaluations"), "AU-NONE"))) {
            unauthenticated(mvc.perform(request), NO_CREDENTIALS);
        }
        mvc.perform(get("/api/units/AU-NONE").with(httpBasic("hr", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnUnknownUserWithTheOtherDetail() throws Exception {
        unauthenticated(mvc.perform(get("/api/units").with(httpBasic("hr", "sai-mat-khau"))), BAD_CREDENTIALS);
        unauthenticated(mvc.perform(json(post("/api/units"), "AU-WRONG").with(httpBasic("hr", "sai-mat-khau"))), BAD_CREDENTIALS);
        unauthenticated(mvc.perform(get("/api/units").with(httpBasic("khong-co", "demo"))), BAD_CREDENTIALS);
    }

    @Test
    void shouldRefuseADisabledUserAndLetTheRightPasswordIn() throws Exception {
        mvc.perform(get("/api/units").with(httpBasic("hr", "demo"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/users"), "AU-USER").with(httpBasic("admin", "demo")).content("""
                        {"username":"khoa","password":"mat-khau-dai","displayName":"Tài khoản bị khóa",
                         "role":"HR_OFFICER","enabled":false}"""))
                .andExpect(status().isCreated());
        unauthenticated(mvc.perform(get("/api/units").with(httpBasic("khoa", "mat-khau-dai"))), BAD_CREDENTIALS);
    }

    @Test
    void shouldSendAPageRequestWithoutASessionToTheLoginForm() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void shouldShowTheLoginFormInVietnameseWithACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"vi\"")))
                .andExpect(content().string(containsString("<title>Đăng nhập — Đánh giá KPI, Sở Khoa học và Công nghệ</title>")))
                .andExpect(content().string(containsString("<label for=\"username\">Tên đăng nhập</label>")))
                .andExpect(content().string(containsString("<label for=\"password\">Mật khẩu</label>")))
                .andExpect(content().string(containsString("<button type=\"submit\">Đăng nhập</button>")))
                .andExpect(content().string(containsString("type=\"hidden\" name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("không đúng"))));
    }

    @Test
    void shouldSignInThroughTheFormAndLandOnTheHomePage() throws Exception {
        Cookie session = signIn("hr", "demo");
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xin chào, <span>hr</span> (<span>Cán bộ tổ chức - nhân sự</span>)")));
    }

    @Test
    void shouldSendAWrongPasswordBackToTheFormWithTheVietnameseError() throws Exception {
        mvc.perform(post("/login").param("username", "hr").param("password", "sai").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "role=\"alert\">Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.</p>")));
    }

    @Test
    void shouldSignOutOnlyWithTheCsrfTokenAndThenAskToSignInAgain() throws Exception {
        Cookie session = signIn("hr", "demo");
        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        // A browser's form asks for a page back (a client that accepts anything gets 204, as for HTTP Basic).
        mvc.perform(post("/logout").accept(MediaType.TEXT_HTML).cookie(session).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(containsString("Bạn đã đăng xuất.")));
    }

    @Test
    void shouldRefuseTheLoginFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "hr").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRequireTheCsrfTokenOfARequestRidingOnABrowserSession() throws Exception {
        Cookie session = signIn("hr", "demo");
        mvc.perform(json(post("/api/units"), "AU-CSRF").cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:csrf"))
                .andExpect(jsonPath("$.title").value("Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF)"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("Yêu cầu gửi từ phiên đăng nhập trên trình duyệt phải kèm mã CSRF "
                        + "của trang; hãy tải lại trang rồi thử lại."))
                .andExpect(jsonPath("$.instance").value("/api/units"));
        mvc.perform(get("/api/units/AU-CSRF").cookie(session)).andExpect(status().isNotFound());

        mvc.perform(json(post("/api/units"), "AU-CSRF").cookie(session).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/units/AU-CSRF").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void shouldNotAskAnApiClientSigningInWithBasicForACsrfToken() throws Exception {
        mvc.perform(json(post("/api/units"), "AU-BASIC").with(httpBasic("hr", "demo")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/units/AU-BASIC"));
    }

    @Test
    void shouldGiveAnApiClientNoSessionThatWouldLaterDemandACsrfToken() throws Exception {
        assertThat(mvc.perform(get("/api/units")).andExpect(status().isUnauthorized())
                .andReturn().getResponse().getCookie("SESSION")).isNull();
        assertThat(mvc.perform(get("/api/units").with(httpBasic("hr", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getCookie("SESSION")).isNull();
        assertThat(mvc.perform(json(post("/api/units"), "AU-NOSESSION").with(httpBasic("hr", "demo")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getCookie("SESSION")).isNull();
    }

    @Test
    void shouldSetTheSecurityHeadersOnTheApiAndOnTheLoginPage() throws Exception {
        securityHeaders(mvc.perform(get("/api/units").with(httpBasic("hr", "demo"))).andExpect(status().isOk()))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        securityHeaders(mvc.perform(get("/api/units")).andExpect(status().isUnauthorized()));
        securityHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
    }

    @Test
    void shouldOpenTheHealthCheckWithoutCredentialsButNotTheApiDescription() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", ApiAuthenticationEntryPoint.REALM))
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:unauthenticated"))
                .andExpect(jsonPath("$.detail").value("Cần đăng nhập để dùng API này (HTTP Basic: tên đăng nhập và mật khẩu)."));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/v3/api-docs").with(httpBasic("expert", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
    }

    /** Signs in with the form and answers the session's cookie, which the browser sends back (Spring Session's). */
    private Cookie signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
    }


    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String unitCode) {
        return request.contentType(MediaType.APPLICATION_JSON).content(UNIT.formatted(unitCode));
    }

    private static void unauthenticated(ResultActions result, String detail) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"kpi\", charset=\"UTF-8\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(UNAUTHENTICATED))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(detail));
    }

    private static ResultActions securityHeaders(ResultActions result) throws Exception {
        return result
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
