package id.bagipakai.consent;

import id.bagipakai.contracts.AvroSerde;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registration.SchemaRegistration;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.testsupport.Stack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.bagipakai.consent.TestApi.as;
import static id.bagipakai.consent.TestApi.operator1;
import static org.awaitility.Awaitility.await;

/**
 * Publishes household events as the registry does (Avro through Apicurio on the real household
 * topic), and waits until consent-service's member directory has them.
 */
final class RegistryEvents {

    /** A member as a test needs it: id, birth date, PPKS categories. */
    record Person(String memberId, LocalDate birthDate, List<String> ppks) {
        static Person adult(String... ppks) {
            return new Person(UUID.randomUUID().toString(), LocalDate.of(1985, 3, 14), List.of(ppks));
        }

        static Person child(String... ppks) {
            return new Person(UUID.randomUUID().toString(), LocalDate.now().minusYears(9), List.of(ppks));
        }
    }

    private static KafkaProducer<String, Object> producer;

    static synchronized KafkaProducer<String, Object> producer() {
        if (producer == null) {
            var stack = Stack.infra();
            new SchemaRegistration(stack.apicurioUrl()).registerAll();
            Map<String, Object> props = new HashMap<>(AvroSerde.serializerConfig(stack.apicurioUrl()));
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** Bytes no consumer can read, as a broken producer might send them. */
    static void sendRaw(String key, byte[] value) throws Exception {
        try (var raw = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.infra().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            raw.send(new ProducerRecord<>(Stack.topic(Topics.HOUSEHOLD_EVENTS), key, value)).get();
        }
    }

    /** Registers a household in village {@code regionCode} and waits until every member is known here. */
    static String register(String regionCode, Person... people) throws Exception {
        // The directory reads from the end in tests: publish only once it is reading.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                io.restassured.RestAssured.get("/q/health/ready").statusCode() == 200);
        String householdId = UUID.randomUUID().toString();
        var members = java.util.Arrays.stream(people).map(p -> HouseholdMember.newBuilder().setMemberId(p.memberId())
                .setName("Warga").setRelationship("OTHER").setSex("FEMALE").setBirthDate(p.birthDate())
                .setPpks(p.ppks()).build()).toList();
        HouseholdRegistered event = HouseholdRegistered.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setHouseholdId(householdId).setVersion(1)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setHousehold(HouseholdState.newBuilder()
                        .setLocation(Location.newBuilder().setRegionCode(regionCode).build())
                        .setMembers(members).build())
                .build();
        producer().send(new ProducerRecord<>(Stack.topic(Topics.HOUSEHOLD_EVENTS), householdId, event)).get();
        for (Person p : people) {
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    as(operator1()).get("/members/{id}", p.memberId()).statusCode() == 200);
        }
        return householdId;
    }

    private RegistryEvents() {
    }
}
