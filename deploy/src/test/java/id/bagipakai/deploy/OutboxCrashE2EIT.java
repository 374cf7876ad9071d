package id.bagipakai.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.Services;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.Tokens;
import id.bagipakai.testsupport.TopicReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry is killed (SIGKILL, no shutdown) while households are being registered and
 * updated. After a restart, every change it had accepted reaches Kafka, and each household's
 * events arrive in version order: the outbox loses and reorders nothing.
 */
class OutboxCrashE2EIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int WRITERS = 4;
    private static final int UPDATES_PER_HOUSEHOLD = 3;

    @Test
    void everyAcceptedChangeIsPublishedInOrderAfterAKill() throws Exception {
        Services services = Stack.all();
        String registry = services.url("registry-service");
        Map<String, Integer> accepted = new ConcurrentHashMap<>(); // household id -> last accepted version
        AtomicBoolean running = new AtomicBoolean(true);

        try (TopicReader topic = TopicReader.fromEnd(services.topic(Topics.HOUSEHOLD_EVENTS))) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> write(registry, accepted, running));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> accepted.size() >= 20);
            services.kill("registry-service");
            running.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            System.out.printf("crash test: killed with %d events still in the outbox%n", pendingInOutbox(services));
            Stack.all(); // the launcher restarts the dead service; its relay finds what is left in the outbox
            Map<String, List<Integer>> published = new ConcurrentHashMap<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, Object> r : topic.poll()) {
                    published.computeIfAbsent(r.key(), k -> new ArrayList<>())
                            .add((Integer) ((GenericRecord) r.value()).get("version"));
                }
                return accepted.entrySet().stream().allMatch(e -> published.getOrDefault(e.getKey(), List.of())
                        .contains(e.getValue()));
            });

            for (String household : accepted.keySet()) {
                List<Integer> versions = published.get(household).stream().distinct().toList();
                // At least once, in order: repeats only as a repeated run, never a version before an older one.
                assertThat(versions).as("versions of %s", household).isSorted().startsWith(1);
                assertThat(versions.getLast()).isGreaterThanOrEqualTo(accepted.get(household));
            }
            System.out.printf("crash test: %d households, %d accepted changes, all published%n", accepted.size(),
                    accepted.values().stream().collect(Collectors.summingInt(Integer::intValue)));
        }
    }

    /** Registers households and updates each a few times, recording what the registry accepted. */
    private static void write(String registry, Map<String, Integer> accepted, AtomicBoolean running) {
        while (running.get()) {
            try {
                HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(registry + "/households"))
                        .POST(HttpRequest.BodyPublishers.ofString(household())));
                if (created.statusCode() != 201) {
                    return;
                }
                ObjectNode view = (ObjectNode) JSON.readTree(created.body());
                String id = view.path("id").asText();
                accepted.put(id, 1);
                for (int version = 1; version <= UPDATES_PER_HOUSEHOLD && running.get(); version++) {
                    ObjectNode household = (ObjectNode) view.path("household");
                    ((ObjectNode) household.path("location")).put("address", "Jl. Versi " + (version + 1));
                    String body = JSON.createObjectNode().put("reason", "update " + version).set("household", household)
                            .toString();
                    HttpResponse<String> updated = send(HttpRequest.newBuilder(URI.create(registry + "/households/" + id))
                            .header("If-Match", "\"" + version + "\"")
                            .PUT(HttpRequest.BodyPublishers.ofString(body)));
                    if (updated.statusCode() != 200) {
                        return;
                    }
                    accepted.put(id, version + 1);
                    view = (ObjectNode) JSON.readTree(updated.body());
                }
            } catch (Exception e) {
                return; // the registry died under us: what it accepted is what counts
            }
        }
    }

    private static long pendingInOutbox(Services services) throws java.sql.SQLException {
        var stack = Stack.infra();
        try (var connection = java.sql.DriverManager.getConnection(services.jdbcUrl("registry"), stack.postgresUser(), "");
             var rows = connection.createStatement().executeQuery("SELECT count(*) FROM outbox_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + Tokens.operator()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String household() {
        return """
                {"location":{"regionCode":"73.02.06.2003","address":"Jl. Versi 1"},
                 "members":[{"name":"Ammatoa %s","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1950,
                             "noNik":{"reason":"REFUSED_ON_BELIEF_OR_CUSTOM"}}]}""".formatted(java.util.UUID.randomUUID().toString().replaceAll("[0-9-]", ""));
    }
}
