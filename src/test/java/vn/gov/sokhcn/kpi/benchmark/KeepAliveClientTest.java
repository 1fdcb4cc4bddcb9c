package vn.gov.sokhcn.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The token benchmark's client is a fair rig: it sends the whole request and reads the whole answer, chunked or with
 * a length, and opens a new connection when the server closes one. Against a scripted server on a local socket.
 */
class KeepAliveClientTest {
    private static final byte[] JSON = "{\"period\":\"2026-03\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldSendTheWholeRequestReadWholeAnswersAndReconnectWhenTheServerCloses() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> serve(server));
            byte[] request = KeepAliveClient.post("/api/evaluations", server.getLocalPort(), "Bearer kpi_x", JSON);

            try (KeepAliveClient client = new KeepAliveClient(server.getLocalPort())) {
                assertThat(client.send(request)).isEqualTo(200);
                assertThat(client.body()).isEqualTo("{\"people\":[\"Nguyễn Văn A\"]}");
                assertThat(client.send(request)).isEqualTo(422);
                assertThat(client.body()).isEqualTo("{\"title\":\"Không đủ dữ liệu\"}");
                assertThat(client.send(request)).isEqualTo(200);
                assertThat(client.body()).isEqualTo("{}");
            }

            String whole = new String(request, StandardCharsets.UTF_8);
            assertThat(whole).startsWith("POST /api/evaluations HTTP/1.1\r\n").contains("\r\nAuthorization: Bearer kpi_x\r\n",
                    "\r\nContent-Type: application/json\r\n", "\r\nContent-Length: " + JSON.length + "\r\n")
                    .endsWith("\r\n\r\n{\"period\":\"2026-03\"}");
            assertThat(received.get()).containsExactly("connection 1: " + whole, "connection 1: " + whole,
                    "connection 2: " + whole);
        }
    }

    /** Two answers on the first connection (chunked, then a length with Connection: close), one on the second. */
    private static List<String> serve(ServerSocket server) {
        List<String> requests = new ArrayList<>();
        try {
            try (Socket first = server.accept()) {
                requests.add("connection 1: " + read(first.getInputStream()));
                byte[] body = "{\"people\":[\"Nguyễn Văn A\"]}".getBytes(StandardCharsets.UTF_8);
                write(first.getOutputStream(), "HTTP/1.1 200 \r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(10) + "\r\n", bytes(body, 0, 10), "\r\n" + Integer.toHexString(body.length - 10)
                        + "\r\n", bytes(body, 10, body.length), "\r\n0\r\n\r\n");
                requests.add("connection 1: " + read(first.getInputStream()));
                byte[] problem = "{\"title\":\"Không đủ dữ liệu\"}".getBytes(StandardCharsets.UTF_8);
                write(first.getOutputStream(), "HTTP/1.1 422 \r\nContent-Length: " + problem.length
                        + "\r\nConnection: close\r\n\r\n", problem);
            }
            try (Socket second = server.accept()) {
                requests.add("connection 2: " + read(second.getInputStream()));
                write(second.getOutputStream(), "HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\n{}");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return requests;
    }

    /** One request: its head up to the blank line, then as many bytes as its Content-Length says. */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        while (!request.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            request.write(in.read());
        }
        String head = request.toString(StandardCharsets.ISO_8859_1);
        int at = head.indexOf("Content-Length: ") + "Content-Length: ".length();
        request.write(in.readNBytes(Integer.parseInt(head.substring(at, head.indexOf('\r', at)))));
        return request.toString(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, Object... parts) throws IOException {
        for (Object part : parts) {
            out.write(part instanceof byte[] bytes ? bytes : part.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        out.flush();
    }

    private static byte[] bytes(byte[] all, int from, int to) {
        return java.util.Arrays.copyOfRange(all, from, to);
    }
}
