package id.bagipakai.eligibility;

import id.bagipakai.contracts.AvroSerde;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registration.SchemaRegistration;
import id.bagipakai.contracts.registry.Assets;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.HouseholdUpdated;
import id.bagipakai.contracts.registry.Housing;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.testsupport.Stack;
import io.restassured.RestAssured;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Household events as the registry publishes them (Avro through Apicurio, on the real topic). */
final class RegistryEvents {

    private static KafkaProducer<String, Object> producer;

    private static synchronized KafkaProducer<String, Object> producer() {
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

    /** Waits until the service reads the household topic live (a replay may be under way at start). */
    static void awaitLive() {
        await().atMost(Duration.ofSeconds(120)).until(() -> RestAssured.get("/q/health/ready").statusCode() == 200);
    }

    /** A poor household in village {@code regionCode}: earth floor, bamboo walls, no assets. */
    static HouseholdState poor(String regionCode, HouseholdMember... members) {
        HouseholdState s = new HouseholdState(null, null, null, null, null, new ArrayList<>(), new ArrayList<>());
        s.setLocation(new Location(regionCode, null, null, null));
        s.setHousing(new Housing("OWN", 18.0, "EARTH", "BAMBOO", "THATCH", "UNPROTECTED_SPRING", "NONE", null,
                "FIREWOOD", "NONE", null, "NONE"));
        s.setAssets(new Assets(false, false, false, false, false, false, false, false, false, false, false, false,
                false, false, false, false));
        s.setMembers(new ArrayList<>(List.of(members)));
        return s;
    }

    static HouseholdMember adult(String relationship, String sex, String... ppks) {
        return member(relationship, sex, LocalDate.of(1986, 5, 20), ppks);
    }

    static HouseholdMember child(int age) {
        return member("CHILD", "FEMALE", LocalDate.now().minusYears(age).minusMonths(2));
    }

    static HouseholdMember member(String relationship, String sex, LocalDate birthDate, String... ppks) {
        return new HouseholdMember(UUID.randomUUID().toString(), "Warga", null, null, relationship, sex, birthDate, null,
                null, null, null, null, null, null, null, null, new ArrayList<>(List.of(ppks)), new ArrayList<>());
    }

    /** Publishes version 1 of a new household and returns its id. */
    static String register(HouseholdState state) throws Exception {
        String id = UUID.randomUUID().toString();
        producer().send(new ProducerRecord<>(Stack.topic(Topics.HOUSEHOLD_EVENTS), id, HouseholdRegistered.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setHouseholdId(id).setVersion(1)
                .setOccurredAt(Instant.now()).setHousehold(state).build())).get();
        return id;
    }

    static void update(String householdId, int version, HouseholdState state) throws Exception {
        producer().send(new ProducerRecord<>(Stack.topic(Topics.HOUSEHOLD_EVENTS), householdId, HouseholdUpdated.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setHouseholdId(householdId).setVersion(version)
                .setOccurredAt(Instant.now()).setChangedPaths(List.of("/members")).setReason("test")
                .setChangedBy("test").setHousehold(state).build())).get();
    }

    private RegistryEvents() {
    }
}
