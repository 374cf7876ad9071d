package id.bagipakai.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.contracts.Topics;
import id.bagipakai.registry.service.synthetic.SyntheticHouseholds;
import id.bagipakai.registry.service.synthetic.SyntheticWaveFile;
import id.bagipakai.testsupport.Services;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.Tokens;
import id.bagipakai.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A survey-wave import is killed (SIGKILL) half-way. After a restart it resumes after its last
 * committed batch: every row is decided exactly once (no household registered twice, none
 * missing) and every registered household's event reaches Kafka.
 */
class SurveyWaveCrashE2EIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int HOUSEHOLDS = 6_000;

    @Test
    void anImportKilledHalfWayResumesAndAppliesEveryRowExactlyOnce() throws Exception {
        Services services = Stack.all();
        String registry = services.url("registry-service");
        String wave = "E2E-CRASH-" + UUID.randomUUID();
        send(HttpRequest.newBuilder(URI.create(registry + "/waves")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + wave + "\",\"name\":\"crash test\"}")), 201);
        Path file = Files.createTempFile("wave-crash-", ".ndjson");
        SyntheticWaveFile.writeNdjson(file, new SyntheticHouseholds(System.nanoTime()), HOUSEHOLDS, "C");

        try (TopicReader topic = TopicReader.fromEnd(services.topic(Topics.HOUSEHOLD_EVENTS))) {
            JsonNode job = send(HttpRequest.newBuilder(URI.create(registry + "/waves/" + wave + "/imports"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(file)), 202);
            String jobUrl = registry + "/imports/" + job.path("id").asText();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> send(HttpRequest.newBuilder(URI.create(jobUrl)).GET(), 200).path("rowsRead").asLong() >= 1000);
            services.kill("registry-service");
            System.out.printf("wave crash test: registry killed during import %s%n", job.path("id").asText());

            Stack.all(); // restarts the registry; its import runner resumes the job
            await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> send(HttpRequest.newBuilder(URI.create(jobUrl)).GET(), 200).path("done").asBoolean());
            JsonNode done = send(HttpRequest.newBuilder(URI.create(jobUrl)).GET(), 200);
            System.out.printf("wave crash test: %s%n", done);
            assertThat(done.path("resumed").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(done.path("rowsRead").asLong()).isEqualTo(HOUSEHOLDS);
            long accepted = done.path("accepted").asLong();
            assertThat(accepted + done.path("rejected").asLong()).isEqualTo(HOUSEHOLDS);

            // Exactly once in the registry: one version 1 per row of the file, each row's reason once.
            Set<String> registered = new HashSet<>();
            var stack = Stack.infra();
            try (var connection = DriverManager.getConnection(services.jdbcUrl("registry"), stack.postgresUser(), "");
                 var query = connection.prepareStatement("SELECT household_id::text, reason FROM household_version "
                         + "WHERE version = 1 AND reason LIKE ?")) {
                query.setString(1, "survey wave " + wave + " (%");
                Set<String> reasons = new HashSet<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        registered.add(rows.getString(1));
                        assertThat(reasons.add(rows.getString(2))).as("row applied twice: %s", rows.getString(2)).isTrue();
                    }
                }
            }
            assertThat(registered).hasSize((int) accepted);

            // Every registered household is on Kafka; nothing of a rolled-back batch is.
            Set<String> published = new HashSet<>();
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                for (ConsumerRecord<String, Object> r : topic.poll()) {
                    published.add(r.key());
                }
                return published.containsAll(registered);
            });
            assertThat(published).containsAll(registered);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + Tokens.operator())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
