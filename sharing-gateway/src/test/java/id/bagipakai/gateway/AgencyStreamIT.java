package id.bagipakai.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.SseRecorder;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real Keycloak tokens, real Kafka and Apicurio: what an agency receives, and who is refused. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class AgencyStreamIT extends TestProducers {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** For records that are not Avro at all (poison). */
    private static KafkaProducer<String, byte[]> raw;

    @TestHTTPResource("/agency/streams/household-events")
    URL stream;

    @BeforeAll
    static void rawProducer() {
        raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.infra().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    @AfterAll
    static void closeRaw() {
        raw.close();
    }

    @Test
    void anAgencyReceivesOnlyWhatItsAgreementAndThePeoplesConsentAllow() throws Exception {
        String agreement = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        String refusing = UUID.randomUUID().toString();
        PolicyEvents.refusal(avro, refusing, agreement);
        PolicyEvents.awaitKnown(agreement, 1);
        PolicyEvents.awaitLedger(refusing, 1);
        try (SseRecorder sse = SseRecorder.open(stream.toString(),
                Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET))) {
            assertThat(sse.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> has(sse, "stream-open"));
            String householdId = publish("31.71.01.1001", refusing);

            JsonNode received = await().atMost(Duration.ofSeconds(20))
                    .until(() -> find(sse, householdId, agreement), r -> r != null);

            assertThat(received.path("eventType").asText()).isEqualTo("HouseholdRegistered");
            assertThat(received.path("household").path("location").path("regionCode").asText())
                    .isEqualTo("31.71.01.1001");
            // Siti is released by name (public task, no refusal); her specific PPKS category is not granted.
            assertThat(received.path("household").path("members")).hasSize(1);
            assertThat(received.path("household").path("members").get(0).path("name").asText()).isEqualTo("Siti");
            // Deny by default: KK, address, NIK and ids are in the event but the agreement grants none of them;
            // the member who refused is not there at all.
            assertThat(received.path("household").has("kkNumber")).isFalse();
            assertThat(received.path("household").path("location").has("address")).isFalse();
            assertThat(received.toString()).doesNotContain("3171014101900001", "VICTIM_OF_VIOLENCE", "Budi", refusing);
        } finally {
            PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
        }
    }

    @Test
    void afterARevocationTheAgencyIsToldAndNothingMoreFlowsUnderIt() throws Exception {
        String revoked = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        String other = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        PolicyEvents.awaitKnown(revoked, 1);
        PolicyEvents.awaitKnown(other, 1);
        try (SseRecorder sse = SseRecorder.open(stream.toString(),
                Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> has(sse, "stream-open"));
            String before = publish("31.71.01.1001", null);
            await().atMost(Duration.ofSeconds(20)).until(() -> find(sse, before, revoked) != null);

            PolicyEvents.agreement(avro, revoked, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
            await().atMost(Duration.ofSeconds(20)).until(() -> sse.events().stream().anyMatch(e ->
                    "agreement-stopped".equals(e.name()) && e.data().contains(revoked)));

            String after = publish("31.71.01.1001", null);
            // Both agreements are decided for each record in one pass: once the other one's copy is
            // here, the revoked one's decision was taken too.
            await().atMost(Duration.ofSeconds(20)).until(() -> find(sse, after, other) != null);
            assertThat(find(sse, after, revoked)).isNull();
        } finally {
            PolicyEvents.agreement(avro, other, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
        }
    }

    /**
     * When the agency's last agreement for the stream stops, the stream says why in a last
     * {@code stream-closed} event and the server ends it: a client (curl, a browser) is not left
     * waiting on a connection nothing will flow on again.
     */
    @Test
    void aStreamWhoseLastAgreementStopsEndsWithAClosingEvent() throws Exception {
        try (TestAgencies agencies = new TestAgencies()) {
            TestAgencies.Agency agency = agencies.create("closing-agency", "agency", "stream:household-events");
            String only = PolicyEvents.agreement(avro, agency.clientId(), "ACTIVE", 1, "31.71");
            PolicyEvents.awaitKnown(only, 1);
            try (SseRecorder sse = SseRecorder.open(stream.toString(), agency.token())) {
                await().atMost(Duration.ofSeconds(10)).until(() -> has(sse, "stream-open"));

                PolicyEvents.agreement(avro, only, agency.clientId(), "REVOKED", 2, "31.71");

                await().atMost(Duration.ofSeconds(20)).until(sse::ended);
                var names = sse.events().stream().map(SseRecorder.Event::name).toList();
                assertThat(names).endsWith("agreement-stopped", "stream-closed");
                JsonNode closing = JSON.readTree(sse.events().getLast().data());
                assertThat(closing.path("stream").asText()).isEqualTo("household-events");
                assertThat(closing.path("reason").asText()).isEqualTo("NO_AGREEMENT_IN_FORCE");
            }
        }
    }

    @Test
    void afterAWithdrawalThePersonIsToldOfAndNoLongerReleased() throws Exception {
        String agreement = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        PolicyEvents.awaitKnown(agreement, 1);
        try (SseRecorder sse = SseRecorder.open(stream.toString(),
                Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> has(sse, "stream-open"));
            var first = Households.publish(avro, "31.71.01.1001", null);
            await().atMost(Duration.ofSeconds(20)).until(() -> find(sse, first.householdId(), agreement) != null);

            long withdrawn = System.nanoTime();
            PolicyEvents.answer(avro, first.sitiMemberId(), 1, agreement, "WITHDRAWN");
            await().atMost(Duration.ofSeconds(20)).until(() -> sse.events().stream().anyMatch(e ->
                    "consent-withdrawn".equals(e.name()) && e.data().contains(first.sitiMemberId())
                            && e.data().contains(agreement)));
            System.out.printf("withdrawal: notice on the agency's stream %d ms after it was published%n",
                    (System.nanoTime() - withdrawn) / 1_000_000);

            // The next version of the household still flows, without her.
            Households.publish(avro, "31.71.01.1001", UUID.randomUUID().toString(), first.householdId(), 2,
                    first.sitiMemberId());
            JsonNode next = await().atMost(Duration.ofSeconds(20)).until(() -> Households.under(sse, agreement).stream()
                    .filter(r -> r.path("version").asInt() == 2).findFirst().orElse(null), r -> r != null);
            assertThat(next.path("household").path("members")).extracting(m -> m.path("name").asText())
                    .containsExactly("Budi");
        } finally {
            PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
        }
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        String agreement = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        PolicyEvents.awaitKnown(agreement, 1);
        try (SseRecorder sse = SseRecorder.open(stream.toString(),
                Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET));
             var dlq = TopicReader.rawFromEnd(Stack.deadLetterOf(Topics.HOUSEHOLD_EVENTS))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> has(sse, "stream-open"));
            String poisonKey = "poison-" + UUID.randomUUID();
            raw.send(new ProducerRecord<>(Stack.topic(Topics.HOUSEHOLD_EVENTS), poisonKey, new byte[] {0, 1, 2, 3})).get();
            String householdId = publish("31.71.01.1001", null);

            await().atMost(Duration.ofSeconds(20)).until(() -> find(sse, householdId, agreement), r -> r != null);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> dlq.poll().stream().anyMatch(r -> poisonKey.equals(r.key())));
        } finally {
            PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
        }
    }

    @Test
    void noTokenIsRefusedWith401() {
        try (SseRecorder sse = SseRecorder.open(stream.toString(), null)) {
            assertThat(sse.status()).isEqualTo(401);
        }
    }

    @Test
    void aClientThatIsNotAnAgencyIsRefusedWith403() {
        try (SseRecorder sse = SseRecorder.open(stream.toString(),
                Tokens.clientCredentials(Tokens.DEMO_INTEGRATOR, Tokens.DEMO_INTEGRATOR_SECRET))) {
            assertThat(sse.status()).isEqualTo(403);
        }
    }

    private String publish(String regionCode, String refusingMemberId) throws Exception {
        return Households.publish(avro, regionCode, refusingMemberId).householdId();
    }

    private static boolean has(SseRecorder sse, String name) {
        return sse.events().stream().anyMatch(e -> name.equals(e.name()));
    }

    /** The record of that household released under that agreement, or null. */
    private static JsonNode find(SseRecorder sse, String householdId, String agreementId) throws Exception {
        for (SseRecorder.Event e : sse.events()) {
            if ("HouseholdRegistered".equals(e.name())) {
                JsonNode data = JSON.readTree(e.data());
                if (householdId.equals(data.path("householdId").asText())
                        && agreementId.equals(data.path("agreementId").asText())) {
                    return data;
                }
            }
        }
        return null;
    }
}
