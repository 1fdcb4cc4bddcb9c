package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.ConsoleSession;
import vn.gov.sokhcn.kpi.KpiApplication;

/**
 * Two instances on one database (issue 17 item 5): this test's server (A, LoginThrottleTest's context) and a second
 * application started on A's database (B). A sign-in on A holds on B, a CSRF token of A is accepted by B, and a logout
 * on B ends the session on A: the session lives in SPRING_SESSION, not in either server's memory.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"kpi.security.login-throttle.max-failures=5", "kpi.security.login-throttle.window=5m"})
@AutoConfigureMockMvc
class SessionsAcrossInstancesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext other;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startTheOtherInstance() {
        if (other == null) {
            other = new SpringApplicationBuilder(KpiApplication.class).run("--server.port=0",
                    "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                    "--kpi.security.login-throttle.max-failures=5", "--kpi.security.login-throttle.window=5m");
        }
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    @Test
    void shouldKeepASignInOnAWhenTheNextRequestLandsOnB() throws Exception {
        String session = signIn("hr");

        HttpResponse<String> page = send(get(b("/"), session));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("hr");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'hr'").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void shouldAcceptOnBTheCsrfTokenOfAPageOfAAndEndTheSessionOnBoth() throws Exception {
        String session = signIn("admin");
        String token = ConsoleSession.csrfOf(send(get(a("/account/password"), session)));

        HttpResponse<String> logout = send(post(b("/logout"), session, "_csrf=" + encode(token)));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(send(get(a("/"), session)).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void shouldRefuseOnBAPostWithoutTheSessionsCsrfToken() throws Exception {
        String session = signIn("admin");

        HttpResponse<String> logout = send(post(b("/logout"), session, "_csrf=not-the-token"));

        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(send(get(b("/"), session)).statusCode()).isEqualTo(200);
    }

    /** Signs in with the form on A and answers the session cookie to send (its id changes at sign-in). */
    private String signIn(String user) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(a("/login")).header("X-Forwarded-For", "10.17.0.1").header("Accept", "text/html").build());
        String anonymous = ConsoleSession.sessionCookie(form);
        HttpResponse<String> done = send(post(a("/login"), anonymous,
                "username=" + user + "&password=demo&_csrf=" + encode(ConsoleSession.csrfOf(form))));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return ConsoleSession.sessionCookie(done);
    }

    private static HttpRequest get(URI uri, String session) {
        return HttpRequest.newBuilder(uri).header("Cookie", session).header("X-Forwarded-For", "10.17.0.1").header("Accept", "text/html").build();
    }

    private static HttpRequest post(URI uri, String session, String form) {
        return HttpRequest.newBuilder(uri).header("Cookie", session).header("X-Forwarded-For", "10.17.0.1").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI a(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static URI b(String path) {
        int port = ((WebServerApplicationContext) other).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
