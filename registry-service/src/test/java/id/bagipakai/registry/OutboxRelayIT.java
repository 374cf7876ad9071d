package id.bagipakai.registry;

import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static id.bagipakai.registry.Callers.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * commons' outbox in the registry: rows hold the Kafka value in wire form (the relay only moves
 * bytes), in the tests' namespace; a row left from before (Avro single-object encoding, e.g. across
 * an upgrade) is still published readable.
 */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class OutboxRelayIT {

    @Inject
    DataSource dataSource;

    @Test
    void aRowInTheOldEncodingIsStillPublishedAsAReadableEvent() throws Exception {
        LocalDate born = TestHouseholds.birthDate();
        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            String registered = asOperator().contentType(ContentType.JSON)
                    .body(TestHouseholds.household(TestHouseholds.nik(born, false), born))
                    .when().post("/households").then().statusCode(201).extract().path("id");
            GenericRecord published = await().atMost(Duration.ofSeconds(20)).until(
                    () -> topic.poll().stream().filter(r -> r.key().equals(registered)).map(r -> (GenericRecord) r.value())
                            .findFirst().orElse(null), r -> r != null);

            // The same event as an older relay stored it, for another household.
            HouseholdRegistered legacy = EventCodec.toSpecific(published, HouseholdRegistered.class,
                    HouseholdRegistered.getClassSchema());
            String other = UUID.randomUUID().toString();
            legacy.setHouseholdId(other);
            legacy.setEventId(UUID.randomUUID().toString());
            try (var c = dataSource.getConnection(); var insert = c.prepareStatement(
                    "INSERT INTO outbox_event (topic, message_key, event_type, payload) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, Topics.HOUSEHOLD_EVENTS);
                insert.setString(2, other);
                insert.setString(3, EventCodec.typeOf(legacy));
                insert.setBytes(4, EventCodec.encode(legacy));
                insert.executeUpdate();
            }

            // Picked up by the relay's own sweep, sent re-encoded, readable like any event.
            ConsumerRecord<String, Object> sent = await().atMost(Duration.ofSeconds(20)).until(
                    () -> topic.poll().stream().filter(r -> r.key().equals(other)).findFirst().orElse(null),
                    r -> r != null);
            GenericRecord event = (GenericRecord) sent.value();
            assertThat(event.getSchema().getName()).isEqualTo("HouseholdRegistered");
            assertThat(event.get("householdId")).hasToString(other);
            assertThat(event.get("household")).hasToString(published.get("household").toString());
            assertThat(sent.topic()).isEqualTo(Stack.topic(Topics.HOUSEHOLD_EVENTS)).startsWith("test");
        }
    }
}
