package id.bagipakai.gateway;

import id.bagipakai.testsupport.Stack;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.consent.AgreementChanged;
import id.bagipakai.contracts.consent.ConsentEntry;
import id.bagipakai.contracts.consent.MemberConsentsChanged;
import id.bagipakai.testsupport.Tokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Agreement and consent changes as consent-service publishes them, on the real compacted topics.
 * Test agreements are short-lived (ten minutes) and revoked at the end, since the topics outlive
 * the run and every later gateway start reads them again.
 */
final class PolicyEvents {

    /** A new agreement of {@code agencyClientId} for the household stream by SSE; returns its id. */
    static String agreement(KafkaProducer<String, Object> avro, String agencyClientId, String status, int revision,
                            String region) throws Exception {
        String id = UUID.randomUUID().toString();
        agreement(avro, id, agencyClientId, status, revision, region);
        return id;
    }

    static void agreement(KafkaProducer<String, Object> avro, String id, String agencyClientId, String status,
                          int revision, String region) throws Exception {
        agreement(avro, id, agencyClientId, status, revision, region, "IDENTIFIED", List.of("SSE"));
    }

    /** An agreement with the given access mode and delivery modes (SSE, WEBHOOK, PULL). */
    static void agreement(KafkaProducer<String, Object> avro, String id, String agencyClientId, String status,
                          int revision, String region, String accessMode, List<String> deliveryModes) throws Exception {
        agreement(avro, id, agencyClientId, status, revision, new Terms("PUBLIC_TASK", List.of("household-events"),
                List.of("HouseholdRegistered", "HouseholdUpdated"), List.of("/location/regionCode", "/members/*/name"),
                region, accessMode, deliveryModes));
    }

    /** What an agreement covers, as consent-service publishes it. */
    record Terms(String legalBasis, List<String> streams, List<String> eventTypes, List<String> fields, String region,
                 String accessMode, List<String> deliveryModes) {
    }

    /** An agreement of {@code agencyClientId} with these terms, at this status and revision. */
    static void agreement(KafkaProducer<String, Object> avro, String id, String agencyClientId, String status,
                          int revision, Terms terms) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AgreementChanged event = AgreementChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setAgreementId(id).setRevision(revision)
                .setRevisionHash("0".repeat(64)).setOccurredAt(now)
                .setAgencyId(UUID.randomUUID().toString()).setAgencyClientId(agencyClientId).setAgencyActive(true)
                .setReference("PKS gateway test").setPurpose("SOCIAL_ASSISTANCE_TARGETING")
                .setLegalBasis(terms.legalBasis()).setStatus(status).setEventTypes(terms.eventTypes())
                .setStreams(terms.streams()).setFields(terms.fields())
                .setRegionScope(List.of(terms.region())).setPpksCategories(List.of()).setAccessMode(terms.accessMode())
                .setDeliveryModes(terms.deliveryModes()).setValidFrom(now.minus(1, ChronoUnit.HOURS))
                .setValidUntil(now.plus(10, ChronoUnit.MINUTES)).setRetention("P30D")
                .setChange(status).setChangedBy("test").build();
        avro.send(new ProducerRecord<>(Stack.topic(Topics.AGREEMENTS), id, event)).get();
    }

    /** The member's whole ledger now holds one answer about the agreement ({@code GRANTED}, {@code WITHDRAWN}, ...). */
    static void answer(KafkaProducer<String, Object> avro, String memberId, int revision, String agreementId,
                       String state) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        MemberConsentsChanged event = MemberConsentsChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setMemberId(memberId).setRevision(revision)
                .setRevisionHash("0".repeat(64)).setOccurredAt(now).setChangedConsentId("c" + revision + "-" + memberId)
                .setConsents(List.of(ConsentEntry.newBuilder().setConsentId("c" + revision + "-" + memberId)
                        .setAgreementId(agreementId).setState(state).setGivenAt(now.minusSeconds(1))
                        .setObjection(false).setGuardianPresent(false).build()))
                .build();
        avro.send(new ProducerRecord<>(Stack.topic(Topics.MEMBER_CONSENTS), memberId, event)).get();
    }

    /** The member refused the agreement. */
    static void refusal(KafkaProducer<String, Object> avro, String memberId, String agreementId) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        MemberConsentsChanged event = MemberConsentsChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setMemberId(memberId).setRevision(1)
                .setRevisionHash("0".repeat(64)).setOccurredAt(now).setChangedConsentId("c-" + memberId)
                .setConsents(List.of(ConsentEntry.newBuilder().setConsentId("c-" + memberId)
                        .setAgreementId(agreementId).setState("REFUSED").setGivenAt(now.minusSeconds(60))
                        .setObjection(false).setGuardianPresent(false).build()))
                .build();
        avro.send(new ProducerRecord<>(Stack.topic(Topics.MEMBER_CONSENTS), memberId, event)).get();
    }

    /** Waits until the gateway holds the agreement at that revision (asked as an operator). */
    static void awaitKnown(String agreementId, int revision) {
        String operator = Tokens.operator();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(operator).get("/operator/policy/agreements/{id}", agreementId);
            return response.statusCode() == 200 && response.jsonPath().getInt("revision") == revision;
        });
    }

    /** Waits until the gateway holds the member's ledger at that revision. */
    static void awaitLedger(String memberId, int revision) {
        String operator = Tokens.operator();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(operator).get("/operator/policy/members/{id}", memberId);
            return response.statusCode() == 200 && response.jsonPath().getInt("revision") == revision;
        });
    }

    private PolicyEvents() {
    }
}
