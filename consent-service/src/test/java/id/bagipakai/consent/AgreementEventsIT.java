package id.bagipakai.consent;

import id.bagipakai.testsupport.Stack;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static id.bagipakai.consent.TestApi.activeAgreement;
import static id.bagipakai.consent.TestApi.as;
import static id.bagipakai.consent.TestApi.operator1;
import static id.bagipakai.consent.TestApi.operator2;
import static id.bagipakai.consent.TestApi.registerNgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every agreement change reaches the compacted agreements topic, whole, through the outbox. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "consent"))
class AgreementEventsIT {

    @Test
    void eachTransitionIsPublishedWholeAndTheTopicRebuildsTheAgreement() throws Exception {
        TestApi.Registered agency = registerNgo("events");
        String id;
        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.AGREEMENTS))) {
            id = activeAgreement(agency.id());
            as(operator2()).post("/agreements/{id}/revoke", id).then().statusCode(200);

            List<GenericRecord> published = await().atMost(Duration.ofSeconds(20))
                    .until(() -> valuesFor(topic.poll(), id), list -> list.size() >= 5);
            assertThat(published).extracting(r -> r.get("status").toString())
                    .containsExactly("DRAFT", "SUBMITTED", "APPROVED", "ACTIVE", "REVOKED");
            assertThat(published).extracting(r -> r.get("revision")).containsExactly(1, 2, 3, 4, 5);
            GenericRecord last = published.getLast();
            assertThat(last.get("change").toString()).isEqualTo("ACTIVE -> REVOKED");
            assertThat(last.get("agencyClientId").toString()).isEqualTo(agency.clientId());
            assertThat(last.get("agencyActive")).isEqualTo(true);
            assertThat(last.get("fields").toString()).contains("/members/*/ppks");
            assertThat(last.get("revisionHash").toString()).hasSize(64);
        }
        // A reader from the start (the gateway after a restart) ends with the agreement as the API shows it.
        try (TopicReader fromStart = TopicReader.fromStart(Stack.topic(Topics.AGREEMENTS))) {
            GenericRecord rebuilt = await().atMost(Duration.ofSeconds(30))
                    .until(() -> valuesFor(fromStart.poll(), id), list -> !list.isEmpty()
                            && list.getLast().get("revision").equals(5)).getLast();
            assertThat(rebuilt.get("status").toString()).isEqualTo(
                    as(operator1()).get("/agreements/{id}", id).then().extract().path("status"));
        }
        assertThat(TopicConfigs.cleanupPolicy(Stack.topic(Topics.AGREEMENTS))).isEqualTo("compact");
    }

    @Test
    void suspendingTheAgencyRepublishesItsAgreements() {
        TestApi.Registered agency = registerNgo("suspended");
        String id = activeAgreement(agency.id());
        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.AGREEMENTS))) {
            as(operator1()).post("/agencies/{id}/suspend", agency.id()).then().statusCode(200);

            GenericRecord republished = await().atMost(Duration.ofSeconds(20))
                    .until(() -> valuesFor(topic.poll(), id), list -> !list.isEmpty()).getLast();
            assertThat(republished.get("agencyActive")).isEqualTo(false);
            assertThat(republished.get("status").toString()).isEqualTo("ACTIVE");
            assertThat(republished.get("revision")).isEqualTo(4);
            assertThat(republished.get("change").toString()).isEqualTo("agency suspended");
        }
    }

    private static List<GenericRecord> valuesFor(List<ConsumerRecord<String, Object>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(r -> (GenericRecord) r.value()).toList();
    }
}
