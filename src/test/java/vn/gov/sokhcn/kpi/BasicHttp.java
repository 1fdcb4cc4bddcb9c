package vn.gov.sokhcn.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a running service over real HTTP (java.net.http) as one of the demo users, each request
 * with its own {@code Authorization: Basic} header (user name and the demo password {@code demo}).
 */
final class BasicHttp {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOUNDARY = "----kpi-load-test";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    BasicHttp(int port) {
        this.port = port;
    }

    Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    /** A POST with a JSON body, or with none when {@code json} is null. */
    Reply post(String user, String path, String json) {
        HttpRequest.Builder request = request(user, path);
        if (json == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A multipart POST of one file in the part {@code file}. */
    Reply postFile(String user, String path, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(user, path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", TestUsers.basic(user));
    }

    private static Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(built.method() + " " + built.uri().getPath(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: the request it answers ({@code POST /api/…}), its status and its body. */
    record Reply(String request, int status, byte[] body) {
        JsonNode json() {
            return JSON.readTree(text());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return request + " → " + status + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
        }
    }
}
