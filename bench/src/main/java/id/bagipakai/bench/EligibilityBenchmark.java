package id.bagipakai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.contracts.AvroSerde;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registration.SchemaRegistration;
import id.bagipakai.contracts.registry.Assets;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Housing;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.testsupport.Services;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.StackEndpoints;
import id.bagipakai.testsupport.Tokens;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * eligibility-service against the system as the launcher runs it. (1) Live: N new households are
 * published to the household topic; per household, producer acknowledgement → its first
 * EligibilityChanged on the results topic (scored, ranked, decided, written with its outbox row,
 * relayed), and how many result events the ranking shifts add. (2) Replay: a full recompute
 * (PUT /evaluation/recompute) over everything on the household topic, timed by the service.
 */
public final class EligibilityBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String[] REGENCIES = {"11.01", "31.71", "32.73", "33.01", "35.78", "52.01", "61.71",
            "73.71", "91.01", "94.71"};
    private static final String[] FLOORS = {"EARTH", "BAMBOO", "CEMENT_BRICK", "CERAMIC", "MARBLE_GRANITE"};

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 20_000);
        Services services = Stack.all();
        StackEndpoints stack = Stack.infra();
        new SchemaRegistration(stack.apicurioUrl()).registerAll();
        String service = services.url("eligibility-service");
        Random random = new Random(42);

        Map<String, Long> ackedAt = new HashMap<>(households * 2);
        try (KafkaConsumer<String, Object> results = resultsFromEnd(stack);
             KafkaProducer<String, Object> producer = producer(stack)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < households; i++) {
                String id = UUID.randomUUID().toString();
                producer.send(new ProducerRecord<>(Topics.HOUSEHOLD_EVENTS, id, HouseholdRegistered.newBuilder()
                        .setEventId(UUID.randomUUID().toString()).setHouseholdId(id).setVersion(1)
                        .setOccurredAt(Instant.now()).setHousehold(household(random)).build()), (m, e) -> {
                    synchronized (ackedAt) {
                        ackedAt.put(id, System.nanoTime());
                    }
                });
            }
            producer.flush();
            long[] latencies = new long[households];
            int decided = 0;
            long resultEvents = 0;
            long shifted = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (decided < households && System.nanoTime() < deadline) {
                for (var r : results.poll(Duration.ofMillis(500))) {
                    resultEvents++;
                    GenericRecord e = (GenericRecord) r.value();
                    if ("RANKING_SHIFTED".equals(String.valueOf(e.get("cause")))) {
                        shifted++;
                    }
                    Long acked;
                    synchronized (ackedAt) {
                        acked = e.getSchema().getName().equals("EligibilityChanged") ? ackedAt.remove(r.key()) : null;
                    }
                    if (acked != null) {
                        latencies[decided++] = System.nanoTime() - acked;
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] done = Arrays.copyOf(latencies, decided);
            Arrays.sort(done);
            System.out.printf("live: %,d of %,d new households decided in %.1f s = %,.0f households/s end to end;"
                            + " ack -> EligibilityChanged p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", decided, households,
                    seconds, decided / seconds, ms(done, 0.50), ms(done, 0.99), done.length == 0 ? 0 : done[done.length - 1] / 1e6);
            System.out.printf("      %,d result events (%,d from ranking shifts: %.2f per household event)%n",
                    resultEvents, shifted, shifted / (double) Math.max(1, decided));
        }

        String operator = Tokens.operator();
        send("POST", service + "/evaluation/recompute", operator);
        JsonNode run;
        do {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            run = JSON.readTree(send("GET", service + "/evaluation", operator)).path("lastRun");
        } while (run.path("finishedAt").isNull() || run.path("finishedAt").isMissingNode());
        double took = Duration.between(Instant.parse(run.path("startedAt").asText()),
                Instant.parse(run.path("finishedAt").asText())).toMillis() / 1000.0;
        JsonNode counts = run.path("counts");
        System.out.printf("replay: %,d records read, %,d households recomputed in %.1f s (%,.0f households/s);"
                        + " %,d score/desil and %,d eligibility changes published%n",
                counts.path("recordsRead").asLong(), counts.path("households").asLong(), took,
                counts.path("households").asLong() / took, counts.path("rankChanges").asLong(),
                counts.path("eligibilityChanges").asLong());
        System.out.printf("eligibility-service RSS %.0f MiB, CPU %.1f s%n",
                ProcessStats.rssMiB(services.pidOf("eligibility-service")),
                ProcessStats.cpuSeconds(services.pidOf("eligibility-service")));
    }

    private static HouseholdState household(Random random) {
        String region = REGENCIES[random.nextInt(REGENCIES.length)] + ".01." + (random.nextBoolean() ? "1" : "2")
                + "%03d".formatted(1 + random.nextInt(20));
        List<HouseholdMember> members = new ArrayList<>();
        int size = 1 + random.nextInt(7);
        for (int i = 0; i < size; i++) {
            LocalDate born = LocalDate.of(1950 + random.nextInt(74), 1 + random.nextInt(12), 1 + random.nextInt(28));
            List<String> ppks = random.nextInt(20) == 0 ? List.of("DESTITUTE") : List.of();
            members.add(new HouseholdMember(UUID.randomUUID().toString(), "Warga", null, null, i == 0 ? "HEAD" : "CHILD",
                    random.nextBoolean() ? "MALE" : "FEMALE", born, null, null, null, null, null, null, null, null, null,
                    new ArrayList<>(ppks), new ArrayList<>()));
        }
        HouseholdState s = new HouseholdState(null, new Location(region, null, null, null),
                new Housing("OWN", 20.0 + random.nextInt(100), FLOORS[random.nextInt(FLOORS.length)], null, null, null,
                        null, null, null, null, null, null),
                new Assets(random.nextBoolean(), random.nextBoolean(), random.nextInt(5) == 0, false, false,
                        random.nextBoolean(), random.nextInt(4) == 0, random.nextInt(4) == 0, random.nextBoolean(),
                        random.nextBoolean(), random.nextBoolean(), random.nextInt(6) == 0, false, false,
                        random.nextInt(5) == 0, random.nextInt(8) == 0),
                null, new ArrayList<>(), members);
        return s;
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }

    private static KafkaConsumer<String, Object> resultsFromEnd(StackEndpoints stack) {
        Map<String, Object> props = new HashMap<>(AvroSerde.deserializerConfig(stack.apicurioUrl()));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ELIGIBILITY_RESULTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static KafkaProducer<String, Object> producer(StackEndpoints stack) {
        Map<String, Object> props = new HashMap<>(AvroSerde.serializerConfig(stack.apicurioUrl()));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(props);
    }

    private static String send(String method, String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private EligibilityBenchmark() {
    }
}
