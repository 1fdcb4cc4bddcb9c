package vn.gov.sokhcn.kpi.evaluation.run;

import vn.gov.sokhcn.kpi.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service over real HTTP as the HR officer «hr». */
final class RunHttp {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final int port;

    RunHttp(int port) {
        this.port = port;
    }

    Reply post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestUsers.basic("hr"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    Reply send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestUsers.basic("hr")).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestUsers.basic("hr")).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String location, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
