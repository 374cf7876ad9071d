package id.bagipakai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.contracts.Topics;
import id.bagipakai.registry.service.synthetic.SyntheticHouseholds;
import id.bagipakai.registry.service.synthetic.SyntheticWaveFile;
import id.bagipakai.testsupport.Services;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.StackEndpoints;
import id.bagipakai.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Survey-wave throughput from upload to Kafka, against the system as the launcher runs it (the
 * registry as a packaged service with -Xmx256m, real PostgreSQL, Kafka and Apicurio).
 * Generates N synthetic households as NDJSON (not timed), uploads the file, and times until a raw
 * consumer has seen all N events on the household topic. Reports where the time went (the job's
 * phase timings, CPU seconds per process) and the registry's peak resident memory.
 */
public final class WaveBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        long households = Long.getLong("households", 100_000);
        Services services = Stack.all();
        StackEndpoints stack = Stack.infra();
        String registry = services.url("registry-service");
        long registryPid = services.pidOf("registry-service");
        long kafkaPid = services.pidOf("kafka");

        Path file = Files.createTempFile("wave-bench-", ".ndjson");
        long t = System.nanoTime();
        long bytes = SyntheticWaveFile.writeNdjson(file, new SyntheticHouseholds(System.nanoTime()), households, "B");
        System.out.printf("generated %,d households, %.1f MiB of NDJSON in %.1f s (not timed)%n", households,
                bytes / 1048576.0, seconds(t));

        String wave = "BENCH-" + UUID.randomUUID();
        post(registry + "/waves", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"code\":\"" + wave + "\",\"name\":\"benchmark\"}"), 201);

        try (KafkaConsumer<byte[], byte[]> consumer = rawConsumerAtEnd(stack)) {
            AtomicLong peakRss = new AtomicLong();
            Thread sampler = Thread.ofVirtual().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakRss.accumulateAndGet((long) ProcessStats.rssMiB(registryPid), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            double registryCpu0 = ProcessStats.cpuSeconds(registryPid);
            double kafkaCpu0 = ProcessStats.cpuSeconds(kafkaPid);
            double postgresCpu0 = ProcessStats.cpuSecondsOf("postgres");
            double rssBefore = ProcessStats.rssMiB(registryPid);

            long start = System.nanoTime();
            JsonNode job = post(registry + "/waves/" + wave + "/imports?fileName=bench.ndjson", "application/x-ndjson",
                    HttpRequest.BodyPublishers.ofFile(file), 202);
            double uploaded = seconds(start);
            String jobUrl = registry + "/imports/" + job.path("id").asText();

            long seen = 0;
            AtomicReference<Double> lastEvent = new AtomicReference<>(0.0);
            JsonNode status = job;
            while (true) {
                for (var ignored : consumer.poll(Duration.ofMillis(200))) {
                    seen++;
                    lastEvent.set(seconds(start));
                }
                status = get(jobUrl);
                if (status.path("status").asText().equals("FAILED")) {
                    throw new IllegalStateException("the import failed: " + status);
                }
                if (status.path("done").asBoolean() && seen >= status.path("accepted").asLong()) {
                    break;
                }
            }
            double total = lastEvent.get();
            sampler.interrupt();
            long accepted = status.path("accepted").asLong();

            System.out.printf("%nwave benchmark: %,d households (%.1f MiB NDJSON)%n", households, bytes / 1048576.0);
            System.out.printf("  upload (streamed to disk, answered 202) %6.2f s%n", uploaded);
            System.out.printf("  import committed (all rows read)        %6.2f s%n",
                    Duration.between(java.time.Instant.parse(status.path("startedAt").asText()),
                            java.time.Instant.parse(status.path("finishedAt").asText())).toMillis() / 1000.0);
            System.out.printf("  last event seen on Kafka                 %6.2f s after the upload started%n", total);
            System.out.printf("  accepted %,d, rejected %,d, events seen %,d%n", accepted,
                    status.path("rejected").asLong(), seen);
            System.out.printf("  THROUGHPUT upload -> Kafka: %,.0f households/s%n", accepted / total);
            System.out.printf("  import thread time per phase (ms): %s%n", status.path("timingsMillis"));
            System.out.printf("  CPU seconds during the run: registry %.1f, postgres %.1f, kafka %.1f (wall %.1f s, 2 cores)%n",
                    ProcessStats.cpuSeconds(registryPid) - registryCpu0,
                    ProcessStats.cpuSecondsOf("postgres") - postgresCpu0,
                    ProcessStats.cpuSeconds(kafkaPid) - kafkaCpu0, total);
            System.out.printf("  registry RSS: %.0f MiB before, %d MiB peak (heap capped at -Xmx256m by the launcher)%n",
                    rssBefore, peakRss.get());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static KafkaConsumer<byte[], byte[]> rawConsumerAtEnd(StackEndpoints stack) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.HOUSEHOLD_EVENTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before the upload
        return consumer;
    }

    private static JsonNode post(String url, String type, HttpRequest.BodyPublisher body, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", type).header("Authorization", "Bearer " + Tokens.operator())
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static JsonNode get(String url) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Tokens.operator()).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private WaveBenchmark() {
    }
}
