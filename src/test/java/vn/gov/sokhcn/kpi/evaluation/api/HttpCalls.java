package vn.gov.sokhcn.kpi.evaluation.api;

import vn.gov.sokhcn.kpi.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls the running service over real HTTP (java.net.http), as a client on the network would. */
final class HttpCalls {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    HttpCalls(int port) {
        this.port = port;
    }

    /** The example request shipped in examples/, as a tree a test may change. */
    static ObjectNode exampleRequest() {
        return example("examples/evaluation-request.json");
    }

    /** The example of a year rolled up from monthly results, as a tree a test may change. */
    static ObjectNode exampleYearRequest() {
        return example("examples/evaluation-request-year.json");
    }

    private static ObjectNode example(String file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(Path.of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply postEvaluation(String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/evaluations")).header("Authorization", TestUsers.basic("hr"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    Reply postEvaluation(JsonNode body) {
        return postEvaluation(JSON.writeValueAsString(body), "application/json");
    }

    /** The same with a query string, e.g. {@code ?detail=summary}. */
    Reply postEvaluation(JsonNode body, String query) {
        return send(evaluationWith(body, query));
    }

    /** The answer as a stream, to be read as it comes. */
    HttpResponse<java.io.InputStream> postEvaluationStreamed(JsonNode body, String query) {
        try {
            return CLIENT.send(evaluationWith(body, query), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest evaluationWith(JsonNode body, String query) {
        return HttpRequest.newBuilder(uri("/api/evaluations" + query)).header("Authorization", TestUsers.basic("hr"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build();
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestUsers.basic("hr")).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
