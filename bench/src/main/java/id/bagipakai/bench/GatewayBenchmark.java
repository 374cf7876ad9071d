package id.bagipakai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.contracts.AvroSerde;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registration.SchemaRegistration;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.testsupport.Services;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.StackEndpoints;
import id.bagipakai.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The gateway's cost, against the system as the launcher runs it. (1) Throughput: N household
 * events already on the topic are read by a raw Kafka consumer (no decoding, no policy), then
 * delivered by the gateway over SSE to an agency under a real agreement (decoded, decided,
 * minimised, each release recorded in the disclosure log before it is sent); the ratio is the
 * price of enforcement. (2) Latency: events published at a steady rate while the agency is
 * connected; per event, producer acknowledgement → SSE event received, p50/p99.
 */
public final class GatewayBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("events", 50_000);
        int rate = Integer.getInteger("rate", 1000);
        int seconds = Integer.getInteger("seconds", 30);
        Services services = Stack.all();
        StackEndpoints stack = Stack.infra();
        new SchemaRegistration(stack.apicurioUrl()).registerAll();
        String gateway = services.url("sharing-gateway") + "/agency/streams/household-events";
        String token = agencyWithAgreement(services.url("consent-service"), services.url("sharing-gateway"));

        try (KafkaProducer<String, Object> producer = producer(stack)) {
            String start = openCursor(gateway, token);
            long t = System.nanoTime();
            for (int i = 0; i < events; i++) {
                send(producer, Instant.now());
            }
            producer.flush();
            System.out.printf("published %,d events in %.1f s (not timed)%n", events, (System.nanoTime() - t) / 1e9);

            double raw = rawRate(stack, start, events);
            double sse = sseRate(gateway, token, start, events);
            System.out.printf("throughput: raw Kafka consume %,.0f events/s; gateway SSE (enforced, recorded) %,.0f events/s;"
                    + " ratio %.2f%n", raw, sse, sse / raw);

            latency(producer, gateway, token, rate, seconds);
        }
    }

    /** Raw: the same records, from the same positions, bytes only. */
    private static double rawRate(StackEndpoints stack, String cursor, int events) {
        try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.HOUSEHOLD_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            for (String pair : cursor.split("\\.")) {
                String[] po = pair.split(":");
                consumer.seek(new TopicPartition(Topics.HOUSEHOLD_EVENTS, Integer.parseInt(po[0])), Long.parseLong(po[1]));
            }
            long t = System.nanoTime();
            long read = 0;
            while (read < events) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return events / ((System.nanoTime() - t) / 1e9);
        }
    }

    /** Enforced: the agency resumes from the cursor before the events and counts its releases. */
    private static double sseRate(String gateway, String token, String cursor, int events) throws Exception {
        long t = System.nanoTime();
        AtomicLong received = new AtomicLong();
        stream(gateway, token, cursor, data -> received.incrementAndGet() < events);
        return events / ((System.nanoTime() - t) / 1e9);
    }

    private static void latency(KafkaProducer<String, Object> producer, String gateway, String token, int rate,
                                int seconds) throws Exception {
        String cursor = openCursor(gateway, token);
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicLong received = new AtomicLong();
        // Keyed by the event's version, which pseudonyms leave as it is (ids are pseudonymised).
        long[] ackedAt = new long[total];
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                stream(gateway, token, cursor, data -> {
                    long now = System.nanoTime();
                    int i = (int) received.getAndIncrement();
                    int seq = data.path("version").asInt();
                    if (i < total && seq >= 0 && seq < total) {
                        long acked = ackedAt[seq];
                        // Received before the producer's callback ran (it runs late under load): no wait counted.
                        latencies[i] = acked == 0 ? 0 : Math.max(0, now - acked);
                    }
                    return i + 1 < total;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < total; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += interval;
            int seq = i;
            producer.send(record(UUID.randomUUID().toString(), seq, Instant.now()), (m, e) -> ackedAt[seq] = System.nanoTime());
        }
        reader.join(Duration.ofSeconds(60));
        long[] sorted = Arrays.copyOf(latencies, (int) Math.min(received.get(), total));
        Arrays.sort(sorted);
        System.out.printf("latency at %d events/s for %d s: producer ack → agency SSE p50 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms (%,d events)%n", rate, seconds, pct(sorted, 0.50), pct(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
    }

    /** Reads the stream from {@code lastEventId}, handing each household record to {@code more} until it says stop. */
    private static void stream(String url, String token, String lastEventId,
                               java.util.function.Predicate<JsonNode> more) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).header("Last-Event-ID", lastEventId).build();
        HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:") && "HouseholdRegistered".equals(name)
                        && !more.test(JSON.readTree(line.substring(5)))) {
                    return;
                }
            }
        }
    }

    /** The end of the stream now, as the id of a new stream's opening event. */
    private static String openCursor(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).build();
        HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("id:")) {
                    return line.substring(3).strip();
                }
            }
        }
        throw new IllegalStateException("the stream opened without an id");
    }

    private static KafkaProducer<String, Object> producer(StackEndpoints stack) {
        Map<String, Object> props = new HashMap<>(AvroSerde.serializerConfig(stack.apicurioUrl()));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(props);
    }

    private static void send(KafkaProducer<String, Object> producer, Instant at) {
        producer.send(record(UUID.randomUUID().toString(), 0, at));
    }

    private static ProducerRecord<String, Object> record(String householdId, int version, Instant at) {
        List<HouseholdMember> members = new ArrayList<>();
        members.add(HouseholdMember.newBuilder().setMemberId(UUID.randomUUID().toString()).setName("Bench")
                .setNik("3273011203800001").setRelationship("HEAD").setSex("FEMALE")
                .setBirthDate(java.time.LocalDate.of(1980, 3, 12)).setPpks(List.of()).build());
        members.add(HouseholdMember.newBuilder().setMemberId(UUID.randomUUID().toString()).setName("Anak")
                .setRelationship("CHILD").setSex("MALE").setBirthDate(java.time.LocalDate.of(2015, 1, 1))
                .setPpks(List.of()).build());
        HouseholdRegistered event = HouseholdRegistered.newBuilder().setEventId(UUID.randomUUID().toString())
                .setHouseholdId(householdId).setVersion(version).setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS))
                .setHousehold(HouseholdState.newBuilder().setKkNumber("3273011234567890")
                        .setLocation(Location.newBuilder().setRegionCode("32.73.01.1001").setAddress("Jl. Braga 1").build())
                        .setMembers(members).build())
                .build();
        return new ProducerRecord<>(Topics.HOUSEHOLD_EVENTS, householdId, event);
    }

    /** A new agency with one active agreement for the household stream by SSE (as operators make one). */
    private static String agencyWithAgreement(String consent, String gatewayBase) throws Exception {
        String op1 = Tokens.operator();
        String op2 = Tokens.password(Tokens.SECOND_OPERATOR, Tokens.SECOND_OPERATOR_PASSWORD);
        JsonNode agency = call("POST", consent + "/agencies", op1, """
                {"name":"Bench agency %s","kind":"NGO","contact":{"name":"Bench","email":"bench@example.org"}}"""
                .formatted(UUID.randomUUID()));
        String id = call("POST", consent + "/agreements", op1, """
                {"agencyId":"%s","reference":"PKS bench","purpose":"SOCIAL_ASSISTANCE_TARGETING",
                 "legalBasis":"PUBLIC_TASK","eventTypes":["HouseholdRegistered"],"streams":["household-events"],
                 "fields":["/location/regionCode","/members/*/relationship","/members/*/sex"],"regionScope":["32"],
                 "ppksCategories":[],"accessMode":"PSEUDONYMOUS","deliveryModes":["SSE"],
                 "validFrom":"%s","validUntil":"%s","retention":"P1D"}""".formatted(agency.path("agency").path("id").asText(),
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(86_400))).path("id").asText();
        call("POST", consent + "/agreements/" + id + "/submit", op1, "{}");
        call("POST", consent + "/agreements/" + id + "/approve", op2, "{}");
        call("POST", consent + "/agreements/" + id + "/activate", op2, "{}");
        for (int i = 0; i < 100; i++) {
            var known = HTTP.send(HttpRequest.newBuilder(URI.create(gatewayBase + "/operator/policy/agreements/" + id))
                    .header("Authorization", "Bearer " + op1).build(), HttpResponse.BodyHandlers.discarding());
            if (known.statusCode() == 200) {
                break;
            }
            Thread.sleep(200); // a benchmark's setup, not a test: polling is enough
        }
        return Tokens.clientCredentials(agency.path("credentials").path("clientId").asText(),
                agency.path("credentials").path("clientSecret").asText());
    }

    private static JsonNode call(String method, String url, String token, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private GatewayBenchmark() {
    }
}
