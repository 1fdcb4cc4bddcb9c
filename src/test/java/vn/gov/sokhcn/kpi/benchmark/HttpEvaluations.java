package vn.gov.sokhcn.kpi.benchmark;

import vn.gov.sokhcn.kpi.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts ready-made JSON to the running service and times the whole exchange, from sending the
 * first byte to holding the last byte of the answer: what a caller of the API waits.
 */
final class HttpEvaluations {
    // HTTP/1.1 explicitly: the default (HTTP/2) would try an h2c upgrade on every plain request.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI uri;

    HttpEvaluations(int port) {
        this.uri = URI.create("http://localhost:" + port + "/api/evaluations");
    }

    record Exchange(int status, byte[] body, long nanos) {
    }

    Exchange post(byte[] json) throws IOException, InterruptedException {
        return post(json, "");
    }

    /** Posts with a query string, e.g. {@code ?detail=summary}. */
    Exchange post(byte[] json, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri + query))
                .header("Authorization", TestUsers.basic("hr"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        return new Exchange(response.statusCode(), response.body(), elapsed);
    }

    /** Posts and insists on 200, so a refused or failed evaluation is never timed as a fast one. */
    Exchange postOk(byte[] json) throws IOException, InterruptedException {
        return postOk(json, "");
    }

    Exchange postOk(byte[] json, String query) throws IOException, InterruptedException {
        Exchange exchange = post(json, query);
        if (exchange.status() != 200) {
            String text = new String(exchange.body(), java.nio.charset.StandardCharsets.UTF_8);
            throw new IllegalStateException("HTTP " + exchange.status() + ": " + text.substring(0, Math.min(2000, text.length())));
        }
        return exchange;
    }
}
