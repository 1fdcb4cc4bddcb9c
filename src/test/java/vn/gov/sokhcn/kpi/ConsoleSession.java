package vn.gov.sokhcn.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's console session over real HTTP: the {@code SESSION} cookie of a form sign-in (password {@code demo}),
 * sent to whichever server (port) the next request goes to, as behind a load balancer without sticky sessions.
 */
public final class ConsoleSession {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String cookie;

    private ConsoleSession(String cookie) {
        this.cookie = cookie;
    }

    /** Signs in with the console's form on the server at {@code port}; the session id changes at sign-in. */
    static ConsoleSession signIn(int port, String user) throws IOException, InterruptedException {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri(port, "/login")).header("Accept", "text/html").build());
        ConsoleSession anonymous = new ConsoleSession(sessionCookie(form));
        HttpResponse<String> done = anonymous.post(port, "/login",
                "username=" + user + "&password=" + TestUsers.PASSWORD, csrfOf(form));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return new ConsoleSession(sessionCookie(done));
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Cookie", cookie).header("Accept", "text/html").build());
    }

    /** The CSRF token of a console page's form. */
    String csrf(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(port, path);
        assertThat(page.statusCode()).isEqualTo(200);
        return csrfOf(page);
    }

    /** A form POST carrying only the CSRF token. */
    HttpResponse<String> post(int port, String path, String token) throws IOException, InterruptedException {
        return post(port, path, "", token);
    }

    private HttpResponse<String> post(int port, String path, String form, String token) throws IOException, InterruptedException {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(port, path)).header("Cookie", cookie).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The CSRF token in a page's form. */
    public static String csrfOf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        return token.group(1);
    }

    /** The {@code SESSION=…} cookie a response sets (Spring Session). */
    public static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .map(c -> c.split(";")[0]).orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
