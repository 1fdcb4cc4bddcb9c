package vn.gov.sokhcn.kpi.ruleset.version;

import vn.gov.sokhcn.kpi.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.console.RuleWorkbooks;

/**
 * Calls /api/rulesets and /api/evaluations over real HTTP as the test users of issue 5 (HTTP Basic, password
 * {@code demo}): uploads as {@code expert}, activations as {@code hr2} (four eyes: never the uploader), the
 * rest as {@code hr}, unless {@link #as} names one user for every call; and makes changed workbooks with POI.
 */
final class RulesetHttp {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BOUNDARY = "----kpi-ruleset-test";

    private final int port;
    private final String user;

    RulesetHttp(int port) {
        this(port, null);
    }

    private RulesetHttp(int port, String user) {
        this.port = port;
        this.user = user;
    }

    /** The same client calling as {@code user} only. */
    RulesetHttp as(String user) {
        return new RulesetHttp(port, user);
    }

    private String auth(String byDefault) {
        return TestUsers.basic(user == null ? byDefault : user);
    }

    record Reply(int status, String contentType, byte[] body) {
        JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Reply upload(String fileName, byte[] content, String comment) {
        return upload(new java.util.LinkedHashMap<>(Map.of(fileName, content)), null, comment);
    }

    /** Several parts named {@code file} (in the map's order) and the form field {@code basedOn} when not null. */
    Reply upload(Map<String, byte[]> files, String basedOn, String comment) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((fileName, content) -> {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        });
        if (basedOn != null) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"basedOn\"\r\n\r\n" + basedOn + "\r\n");
        }
        if (comment != null) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\n" + comment + "\r\n");
        }
        write(body, "--" + BOUNDARY + "--\r\n");
        return send(HttpRequest.newBuilder(uri("/api/rulesets")).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", auth("expert"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    Reply activate(int version, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/rulesets/" + version + "/activate"))
                .header("Authorization", auth("hr2"));
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    /** The approval of a version, by {@code admin} unless {@link #as} names another user. */
    Reply approve(int version) {
        return send(HttpRequest.newBuilder(uri("/api/rulesets/" + version + "/approve")).header("Authorization", auth("admin"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    Reply evaluate(JsonNode request) {
        return send(HttpRequest.newBuilder(uri("/api/evaluations")).header("Content-Type", "application/json")
                .header("Authorization", auth("hr"))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build());
    }

    /** A JSON POST, by {@code hr} unless {@link #as} names another user. */
    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Authorization", auth("hr"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A PUT of JSON, as {@code hr} unless {@link #as} names another user. */
    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Authorization", auth("hr"))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", auth("hr")).GET().build());
    }


    static JsonNode exampleRequest() {
        return JSON.readTree(read(Path.of("examples/evaluation-request.json")));
    }

    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped workbook of decision-tables/ with some cells set to texts or numbers. */
    static byte[] workbookWith(String workbook, String sheetName, Map<String, Object> cells) {
        return RuleWorkbooks.with(read(Path.of("decision-tables", workbook)), sheetName, cells);
    }

    static byte[] withExpectedRatings(byte[] workbook, Map<Integer, String> ratings) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheet("Kiểm thử");
            int column = -1;
            for (Cell header : sheet.getRow(0)) {
                if ("Xếp loại mong đợi".equals(header.getStringCellValue().strip())) {
                    column = header.getColumnIndex();
                }
            }
            int expected = column;
            ratings.forEach((row, rating) -> sheet.getRow(row - 1).getCell(expected, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue(rating));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped rule files as a zip of the whole set, with some files replaced. */
    static byte[] shippedZipWith(Map<String, byte[]> replaced) {
        Map<String, byte[]> entries = new java.util.TreeMap<>();
        for (String folder : java.util.List.of("rules", "decision-tables")) {
            try (var paths = java.nio.file.Files.walk(Path.of(folder))) {
                paths.filter(java.nio.file.Files::isRegularFile)
                        .forEach(f -> entries.put(f.toString().replace('\\', '/'), read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        entries.putAll(replaced);
        return zip(entries);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path.replace(" ", "%20"));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
