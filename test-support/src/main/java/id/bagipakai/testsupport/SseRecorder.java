package id.bagipakai.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for tests: connects, then records every event in the background
 * so a test can wait on them with Awaitility.
 */
public final class SseRecorder implements AutoCloseable {

    /** One received event: its {@code id}, {@code event} name and {@code data}. */
    public record Event(String id, String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;
    private volatile boolean ended;

    private SseRecorder(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream; returns once the server answered with its status and headers. */
    public static SseRecorder open(String url, String bearerToken) {
        return open(url, bearerToken, null);
    }

    /** Opens the stream as a client reconnecting after the event {@code lastEventId} (if not null). */
    public static SseRecorder open(String url, String bearerToken, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseRecorder(HttpClient.newHttpClient()
                    .send(request.GET().build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** True once the server ended the response (not {@link #close()}d by the test). */
    public boolean ended() {
        return ended;
    }

    /** The id a browser would send on reconnecting: that of the last event that had one. */
    public String lastEventId() {
        String last = null;
        for (Event e : events) {
            if (e.id() != null) {
                last = e.id();
            }
        }
        return last;
    }

    private void read() {
        String id = null;
        String name = "message";
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
            ended = true;
        } catch (UncheckedIOException | IllegalStateException e) {
            // the stream was closed, by the test or by the server
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        response.body().close();
    }
}
