package id.bagipakai.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * An agency's webhook endpoint for tests: a JDK HTTP server on a free local port that records
 * every request and answers 200, or 500 to the requests it was told to refuse.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived; {@code answered} is the status it got. */
    record Request(Instant at, Map<String, List<String>> headers, String body, int answered) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return Households.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Refuses matching requests while {@code remaining} is above zero (negative: always). */
    private record Refusal(Predicate<String> body, int[] remaining) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = refuse(body) ? 500 : 200;
            requests.add(new Request(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers 500 to the first {@code times} requests whose body contains {@code text}. */
    void failFirst(int times, String text) {
        refusals.add(new Refusal(b -> b.contains(text), new int[] {times}));
    }

    /** Answers 500 to every request whose body contains {@code text}, until {@link #recover}. */
    void failAlways(String text) {
        refusals.add(new Refusal(b -> b.contains(text), new int[] {-1}));
    }

    void recover() {
        refusals.clear();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests whose body contains {@code text}, in arrival order. */
    List<Request> containing(String text) {
        return requests.stream().filter(r -> r.body().contains(text)).toList();
    }

    private synchronized boolean refuse(String body) {
        for (Refusal r : refusals) {
            if (r.body().test(body) && r.remaining()[0] != 0) {
                if (r.remaining()[0] > 0) {
                    r.remaining()[0]--;
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
