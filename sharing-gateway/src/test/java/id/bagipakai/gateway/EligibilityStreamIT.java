package id.bagipakai.gateway;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The eligibility stream against the real stack: eligibility-service's results reach an agency
 * under its agreement, minimised to the result fields it grants, the explanation and the reasons
 * only with every subject's explicit consent, the subjects never; by SSE, pull and webhook; on
 * record in the disclosure log; refused without the stream's role. The test's agencies are
 * Keycloak clients of its own ({@link TestAgencies}), so no role needs to be in the realm file.
 */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class EligibilityStreamIT extends TestProducers {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String IN_SCOPE = "31.71.01.1001";
    private static final List<String> BOTH = List.of(Results.WELFARE_RANK, Results.ELIGIBILITY);

    private static TestAgencies agencies;
    /** Holds the agency role and both stream roles. */
    private static TestAgencies.Agency agency;
    /** Holds the agency role and the household stream's role only. */
    private static TestAgencies.Agency withoutRole;
    private static KafkaProducer<String, byte[]> raw;

    @TestHTTPResource("/agency/streams/eligibility")
    URL stream;

    @TestHTTPResource("/agency/streams/household-events")
    URL householdStream;

    @BeforeAll
    static void agencies() throws Exception {
        agencies = new TestAgencies();
        agency = agencies.create("eligibility-it", "agency", "stream:eligibility", "stream:household-events");
        withoutRole = agencies.create("no-eligibility-it", "agency", "stream:household-events");
        raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.infra().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    @AfterAll
    static void removeAgencies() {
        if (agencies != null) {
            agencies.close();
        }
        if (raw != null) {
            raw.close();
        }
    }

    @Test
    void underAPublicTaskAgreementOnlyTheGrantedResultFieldsArrive() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK", BOTH, List.of("/welfare/desils", "/eligibility/decisions"),
                "IDENTIFIED", List.of("SSE")));
        try (SseRecorder sse = open()) {
            String household = UUID.randomUUID().toString();
            List<String> subjects = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
            Results.welfareRank(avro, household, 1, IN_SCOPE, subjects);
            Results.eligibility(avro, household, 2, IN_SCOPE, subjects, null);

            JsonNode rank = await().atMost(WAIT).until(
                    () -> Results.find(sse, agreement, Results.WELFARE_RANK, household), r -> r != null);
            JsonNode eligibility = await().atMost(WAIT).until(
                    () -> Results.find(sse, agreement, Results.ELIGIBILITY, household), r -> r != null);

            assertThat(rank.path("desils").path("national").asInt()).isEqualTo(2);
            assertThat(rank.path("previousDesils").path("national").asInt()).isEqualTo(3);
            assertThat(rank.path("revision").asInt()).isEqualTo(1);
            assertThat(rank.path("cause").asText()).isEqualTo("HOUSEHOLD_CHANGED");
            for (String absent : List.of("score", "stratum", "explanation", "subjects", "regionCode")) {
                assertThat(rank.has(absent)).as(absent).isFalse();
            }
            assertThat(eligibility.path("decisions")).extracting(d -> d.path("programme").asText())
                    .containsExactly("PKH", "ATENSI");
            assertThat(eligibility.path("decisions")).allSatisfy(d -> {
                assertThat(d.path("eligible").asBoolean()).isTrue();
                assertThat(d.has("reasons")).isFalse();
            });
            assertThat(eligibility.path("rulesVersion").asText()).isEqualTo("rules-test");
            assertThat(eligibility.path("desils").path("regency").asInt()).isEqualTo(2);
            assertThat(eligibility.has("subjects")).isFalse();
            assertThat(eligibility.has("regionCode")).isFalse();
            assertThat(rank + eligibility.toString()).doesNotContain(subjects.get(0), subjects.get(1), IN_SCOPE);

            // When the agreement stops carrying the stream, the stream says so.
            PolicyEvents.agreement(avro, agreement, agency.clientId(), "REVOKED", 2, terms("PUBLIC_TASK", BOTH,
                    List.of("/welfare/desils", "/eligibility/decisions"), "IDENTIFIED", List.of("SSE")));
            await().atMost(WAIT).until(() -> sse.events().stream().anyMatch(e -> "agreement-stopped".equals(e.name())
                    && e.data().contains(agreement) && e.data().contains("\"stream\":\"eligibility\"")));
        } finally {
            revoke(agreement, List.of("SSE"));
        }
    }

    @Test
    void theExplanationAndTheReasonsLeaveOnlyWhenEverySubjectConsented() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK", BOTH, List.of("/welfare", "/eligibility"), "IDENTIFIED",
                List.of("SSE")));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String unasked = UUID.randomUUID().toString();
        PolicyEvents.answer(avro, first, 1, agreement, "GRANTED");
        PolicyEvents.answer(avro, second, 1, agreement, "GRANTED");
        PolicyEvents.awaitLedger(first, 1);
        PolicyEvents.awaitLedger(second, 1);
        try (SseRecorder sse = open()) {
            String consented = UUID.randomUUID().toString();
            String partly = UUID.randomUUID().toString();
            Results.welfareRank(avro, consented, 1, IN_SCOPE, List.of(first, second));
            Results.eligibility(avro, consented, 2, IN_SCOPE, List.of(first, second), null);
            Results.welfareRank(avro, partly, 1, IN_SCOPE, List.of(first, unasked));
            Results.eligibility(avro, partly, 2, IN_SCOPE, List.of(first, unasked), null);
            await().atMost(WAIT).until(() -> Results.under(sse, agreement).size() == 4);

            JsonNode rank = Results.find(sse, agreement, Results.WELFARE_RANK, consented);
            JsonNode eligibility = Results.find(sse, agreement, Results.ELIGIBILITY, consented);
            assertThat(rank.path("explanation")).hasSize(2);
            assertThat(rank.path("score").asDouble()).isEqualTo(13.25);
            assertThat(eligibility.path("decisions")).allSatisfy(d -> assertThat(d.path("reasons")).hasSize(1));

            JsonNode partRank = Results.find(sse, agreement, Results.WELFARE_RANK, partly);
            JsonNode partEligibility = Results.find(sse, agreement, Results.ELIGIBILITY, partly);
            assertThat(partRank.has("explanation")).isFalse();
            assertThat(partRank.path("score").asDouble()).isEqualTo(13.25);
            assertThat(partRank.path("desils").path("national").asInt()).isEqualTo(2);
            assertThat(partEligibility.path("decisions")).hasSize(2).allSatisfy(d -> {
                assertThat(d.has("reasons")).isFalse();
                assertThat(d.path("eligible").asBoolean()).isTrue();
            });
        } finally {
            revoke(agreement, List.of("SSE"));
        }
    }

    @Test
    void aWithdrawalNamesTheHouseholdWhoseResultRestsOnThePersonAndStopsWhatRestsOnThemAlone() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK", BOTH, List.of("/welfare/desils"), "IDENTIFIED",
                List.of("SSE")));
        try (SseRecorder sse = open()) {
            String household = UUID.randomUUID().toString();
            String person = UUID.randomUUID().toString();
            Results.welfareRank(avro, household, 1, IN_SCOPE, List.of(person));
            await().atMost(WAIT).until(() -> Results.find(sse, agreement, Results.WELFARE_RANK, household) != null);

            PolicyEvents.answer(avro, person, 1, agreement, "WITHDRAWN");
            SseRecorder.Event notice = await().atMost(WAIT).until(() -> sse.events().stream()
                    .filter(e -> "consent-withdrawn".equals(e.name()) && e.data().contains(agreement)).findFirst()
                    .orElse(null), e -> e != null);
            JsonNode data = Households.JSON.readTree(notice.data());
            assertThat(data.path("householdId").asText()).isEqualTo(household);
            assertThat(data.has("memberId")).as("a result names no member, nor does its notice").isFalse();
            assertThat(notice.data()).doesNotContain(person);

            // The next result about the person alone is not released; one about someone else too still is.
            Results.welfareRank(avro, household, 2, IN_SCOPE, List.of(person));
            Results.welfareRank(avro, household, 3, IN_SCOPE, List.of(person, UUID.randomUUID().toString()));
            await().atMost(WAIT).until(() -> Results.under(sse, agreement).stream()
                    .anyMatch(r -> r.path("revision").asInt() == 3));
            assertThat(Results.under(sse, agreement)).extracting(r -> r.path("revision").asInt()).containsExactly(1, 3);
        } finally {
            revoke(agreement, List.of("SSE"));
        }
    }

    @Test
    void aHouseholdOutOfScopeOrAnEventTypeNotCoveredReleasesNothing() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK", List.of(Results.ELIGIBILITY),
                List.of("/eligibility/decisions"), "IDENTIFIED", List.of("SSE")));
        try (SseRecorder sse = open()) {
            // One household, so one partition: the records are read in the order they were published.
            String household = UUID.randomUUID().toString();
            List<String> subjects = List.of(UUID.randomUUID().toString());
            Results.welfareRank(avro, household, 1, IN_SCOPE, subjects);                 // type not covered
            Results.eligibility(avro, household, 2, "32.73.01.1001", subjects, null);    // region out of scope
            Results.eligibility(avro, household, 3, null, subjects, null);               // no region at all
            Results.eligibility(avro, household, 4, IN_SCOPE, List.of(), null);          // about nobody
            Results.eligibility(avro, household, 5, IN_SCOPE, subjects, null);           // released

            await().atMost(WAIT).until(() -> Results.under(sse, agreement).stream()
                    .anyMatch(r -> r.path("revision").asInt() == 5));
            assertThat(Results.under(sse, agreement)).extracting(r -> r.path("revision").asInt()).containsExactly(5);
        } finally {
            revoke(agreement, List.of("SSE"));
        }
    }

    @Test
    void pullPagesTheEligibilityStreamAndItsPositionIsItsOwn() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK",
                List.of("HouseholdRegistered", Results.WELFARE_RANK, Results.ELIGIBILITY),
                List.of("/location/regionCode", "/welfare/desils"), "IDENTIFIED", List.of("PULL"),
                List.of("household-events", "eligibility")));
        try {
            String householdStart = liveCursor(householdStream);
            acknowledge(householdStream, householdStart);
            String start = liveCursor(stream);
            List<String> published = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                published.add(Results.welfareRank(avro, UUID.randomUUID().toString(), 1, IN_SCOPE,
                        List.of(UUID.randomUUID().toString())).householdId());
            }
            List<JsonNode> received = new ArrayList<>();
            String[] cursor = {start};
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonNode page = page(stream, Map.of("cursor", cursor[0], "limit", 1));
                received.addAll(ours(page, agreement));
                cursor[0] = page.path("cursor").asText();
                return received.size() >= 2;
            });
            assertThat(received).extracting(r -> r.path("householdId").asText())
                    .containsExactlyInAnyOrderElementsOf(published);
            // The household's region leaves with the household grant /location/regionCode; the score does not.
            assertThat(received).allSatisfy(r -> {
                assertThat(r.path("regionCode").asText()).isEqualTo(IN_SCOPE);
                assertThat(r.path("desils").path("national").asInt()).isEqualTo(2);
                assertThat(r.has("score")).isFalse();
            });

            acknowledge(stream, cursor[0]);
            assertThat(acknowledged("eligibility")).isEqualTo(cursor[0]);
            assertThat(acknowledged("household-events")).as("the household stream's position stays")
                    .isEqualTo(householdStart);

            String next = Results.welfareRank(avro, UUID.randomUUID().toString(), 1, IN_SCOPE,
                    List.of(UUID.randomUUID().toString())).householdId();
            String household = Households.publish(avro, IN_SCOPE, null).householdId();
            List<String> afterAck = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                ours(page(stream, Map.of("wait", 2)), agreement).forEach(r -> afterAck.add(r.path("householdId").asText()));
                return afterAck.contains(next);
            });
            assertThat(afterAck).doesNotContainAnyElementsOf(published);
            // The household stream goes on from its own acknowledgement, with the household fields only.
            List<JsonNode> households = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                households.addAll(ours(page(householdStream, Map.of("wait", 2)), agreement));
                return households.stream().anyMatch(r -> household.equals(r.path("householdId").asText()));
            });
            assertThat(households).allSatisfy(r -> {
                assertThat(r.path("eventType").asText()).isEqualTo("HouseholdRegistered");
                assertThat(r.has("desils")).isFalse();
                assertThat(r.path("household").path("location").path("regionCode").asText()).isEqualTo(IN_SCOPE);
            });
        } finally {
            revoke(agreement, List.of("PULL"));
        }
    }

    @Test
    void underAPseudonymousAgreementNoRawIdLeavesAndTheLogKeepsTheRealOnes() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK", List.of(Results.ELIGIBILITY), List.of("/eligibility/decisions"),
                "PSEUDONYMOUS", List.of("SSE")));
        String household = UUID.randomUUID().toString();
        String objection = "objection-" + UUID.randomUUID();
        List<String> subjects = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Results.Published published;
        try (SseRecorder sse = open()) {
            published = Results.eligibility(avro, household, 1, IN_SCOPE, subjects, objection);
            JsonNode received = await().atMost(WAIT).until(() -> Results.under(sse, agreement).stream().findFirst()
                    .orElse(null), r -> r != null);
            assertThat(received.path("householdId").asText()).startsWith("p").isNotEqualTo(household);
            assertThat(received.path("eventId").asText()).startsWith("p").isNotEqualTo(published.eventId());
            assertThat(received.path("decisions").get(1).path("objectionId").asText()).startsWith("p");
            assertThat(received.toString()).doesNotContain(household, published.eventId(), objection, subjects.get(0),
                    subjects.get(1));
        } finally {
            revoke(agreement, List.of("SSE"));
        }
        JsonPath logged = given().auth().oauth2(Tokens.operator()).queryParam("householdId", household)
                .get("/operator/disclosures").then().statusCode(200).extract().jsonPath();
        assertThat(logged.getList("")).hasSize(1);
        assertThat(logged.getString("[0].agreementId")).isEqualTo(agreement);
        assertThat(logged.getString("[0].agency")).isEqualTo(agency.clientId());
        assertThat(logged.getString("[0].eventType")).isEqualTo(Results.ELIGIBILITY);
        assertThat(logged.getList("[0].memberIds", String.class)).containsExactlyInAnyOrderElementsOf(subjects);
        assertThat(logged.getList("[0].fields", String.class)).contains("/decisions/*/programme", "/householdId")
                .noneMatch(f -> f.startsWith("/subjects") || f.contains("reasons"));
        JsonPath bySubject = given().auth().oauth2(Tokens.operator()).queryParam("memberId", subjects.get(1))
                .get("/operator/disclosures").then().statusCode(200).extract().jsonPath();
        assertThat(bySubject.getList("householdId", String.class)).containsExactly(household);
    }

    @Test
    void aReconnectWithTheLastEventIdGoesOnAfterIt() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK", BOTH, List.of("/welfare/desils"), "IDENTIFIED",
                List.of("SSE")));
        try {
            String household = UUID.randomUUID().toString();
            List<String> subjects = List.of(UUID.randomUUID().toString());
            String lastEventId;
            try (SseRecorder sse = open()) {
                Results.welfareRank(avro, household, 1, IN_SCOPE, subjects);
                await().atMost(WAIT).until(() -> Results.under(sse, agreement).size() == 1);
                lastEventId = sse.events().stream().filter(e -> e.data().contains(agreement)).findFirst()
                        .orElseThrow().id();
            }
            Results.welfareRank(avro, household, 2, IN_SCOPE, subjects);
            try (SseRecorder resumed = SseRecorder.open(stream.toString(), agency.token(), lastEventId)) {
                await().atMost(WAIT).until(() -> !Results.under(resumed, agreement).isEmpty());
                // Same household, same partition: revision 2 is read after revision 1, which is not sent again.
                assertThat(Results.under(resumed, agreement)).extracting(r -> r.path("revision").asInt())
                        .containsExactly(2);
            }
        } finally {
            revoke(agreement, List.of("SSE"));
        }
    }

    @Test
    void anUnreadableResultIsParkedAndTheStreamGoesOn() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK", BOTH, List.of("/welfare/desils"), "IDENTIFIED",
                List.of("SSE")));
        try (SseRecorder sse = open();
             var dlq = TopicReader.rawFromEnd(Stack.deadLetterOf(Topics.ELIGIBILITY_RESULTS))) {
            String household = UUID.randomUUID().toString();
            String poisonKey = "poison-" + UUID.randomUUID();
            raw.send(new ProducerRecord<>(Stack.topic(Topics.ELIGIBILITY_RESULTS), household, new byte[] {0, 1, 2, 3})).get();
            raw.send(new ProducerRecord<>(Stack.topic(Topics.ELIGIBILITY_RESULTS), poisonKey, new byte[] {9, 9})).get();
            Results.welfareRank(avro, household, 1, IN_SCOPE, List.of(UUID.randomUUID().toString()));

            await().atMost(WAIT).until(() -> Results.find(sse, agreement, Results.WELFARE_RANK, household) != null);
            await().atMost(WAIT).until(() -> dlq.poll().stream().anyMatch(r -> poisonKey.equals(r.key())));
        } finally {
            revoke(agreement, List.of("SSE"));
        }
    }

    @Test
    void aWebhookCanServeTheEligibilityStream() throws Exception {
        String agreement = agreement(terms("PUBLIC_TASK", BOTH, List.of("/welfare/desils"), "IDENTIFIED",
                List.of("WEBHOOK")));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath hook = given().auth().oauth2(agency.token()).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "stream", "eligibility")).post("/agency/webhooks")
                    .then().statusCode(201).body("stream", equalTo("eligibility")).extract().jsonPath();
            try {
                String household = UUID.randomUUID().toString();
                Results.welfareRank(avro, household, 1, IN_SCOPE, List.of(UUID.randomUUID().toString()));
                WebhookReceiver.Request delivered = await().atMost(WAIT).until(() -> receiver.containing(household)
                        .stream().filter(r -> r.body().contains(agreement)).findFirst().orElse(null), r -> r != null);
                assertThat(delivered.json().path("eventType").asText()).isEqualTo(Results.WELFARE_RANK);
                assertThat(delivered.json().path("desils").path("national").asInt()).isEqualTo(2);
                assertThat(delivered.json().has("subjects")).isFalse();
                given().auth().oauth2(agency.token()).get("/agency/webhooks/{id}", hook.getString("id"))
                        .then().statusCode(200).body("stream", equalTo("eligibility"));
            } finally {
                given().auth().oauth2(agency.token()).delete("/agency/webhooks/{id}", hook.getString("id"))
                        .then().statusCode(204);
            }
        } finally {
            revoke(agreement, List.of("WEBHOOK"));
        }
        given().auth().oauth2(agency.token()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "stream", "tax-events")).post("/agency/webhooks")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/stream"));
    }

    @Test
    void withoutTheStreamRoleTheAgencyIsRefusedAndAnUnknownStreamIsNotFound() {
        try (SseRecorder sse = SseRecorder.open(stream.toString(), withoutRole.token())) {
            assertThat(sse.status()).isEqualTo(403);
        }
        given().auth().oauth2(withoutRole.token()).get(stream + "/records")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(withoutRole.token()).contentType(ContentType.JSON).body(Map.of("cursor", "0:0"))
                .post(stream + "/acknowledgement").then().statusCode(403);
        given().auth().oauth2(withoutRole.token()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "stream", "eligibility")).post("/agency/webhooks")
                .then().statusCode(403);
        // the same agency still opens the stream it holds the role of
        try (SseRecorder sse = SseRecorder.open(householdStream.toString(), withoutRole.token())) {
            assertThat(sse.status()).isEqualTo(200);
        }
        given().auth().oauth2(agency.token()).get("/agency/streams/tax-events/records")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("stream"));
        try (SseRecorder sse = SseRecorder.open(stream.toString().replace("eligibility", "tax-events"), agency.token())) {
            assertThat(sse.status()).isEqualTo(404);
        }
    }

    private static PolicyEvents.Terms terms(String basis, List<String> eventTypes, List<String> fields, String access,
                                            List<String> modes) {
        return terms(basis, eventTypes, fields, access, modes, List.of("eligibility"));
    }

    private static PolicyEvents.Terms terms(String basis, List<String> eventTypes, List<String> fields, String access,
                                            List<String> modes, List<String> streams) {
        return new PolicyEvents.Terms(basis, streams, eventTypes, fields, "31.71", access, modes);
    }

    /** A new active agreement of the test agency, known to the gateway; its terms are kept to revoke it. */
    private final Map<String, PolicyEvents.Terms> published = new java.util.concurrent.ConcurrentHashMap<>();

    private String agreement(PolicyEvents.Terms terms) throws Exception {
        String id = UUID.randomUUID().toString();
        PolicyEvents.agreement(avro, id, agency.clientId(), "ACTIVE", 1, terms);
        published.put(id, terms);
        PolicyEvents.awaitKnown(id, 1);
        return id;
    }

    private void revoke(String id, List<String> modes) throws Exception {
        PolicyEvents.Terms terms = published.get(id);
        PolicyEvents.agreement(avro, id, agency.clientId(), "REVOKED", 3, terms == null
                ? terms("PUBLIC_TASK", BOTH, List.of("/welfare/desils"), "IDENTIFIED", modes) : terms);
    }

    /** An open stream of the test agency, once positioned. */
    private SseRecorder open() {
        SseRecorder sse = SseRecorder.open(stream.toString(), agency.token());
        assertThat(sse.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> sse.events().stream()
                .anyMatch(e -> "stream-open".equals(e.name()) && e.data().contains("eligibility")));
        return sse;
    }

    /** The end of a stream now: the id of a fresh SSE stream's opening event. */
    private static String liveCursor(URL url) {
        try (SseRecorder sse = SseRecorder.open(url.toString(), agency.token())) {
            return await().atMost(Duration.ofSeconds(10)).until(sse::lastEventId, id -> id != null);
        }
    }

    private static void acknowledge(URL url, String cursor) {
        given().auth().oauth2(agency.token()).contentType(ContentType.JSON).body(Map.of("cursor", cursor))
                .post(url + "/acknowledgement").then().statusCode(200);
    }

    private static JsonNode page(URL url, Map<String, Object> query) throws Exception {
        return Households.JSON.readTree(given().auth().oauth2(agency.token()).queryParams(query).get(url + "/records")
                .then().statusCode(200).extract().asString());
    }

    private static List<JsonNode> ours(JsonNode page, String agreementId) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode r : page.path("records")) {
            if (agreementId.equals(r.path("agreementId").asText())) {
                found.add(r);
            }
        }
        return found;
    }

    /** The cursor the test agency last acknowledged on the stream, as the gateway stored it. */
    private static String acknowledged(String streamName) throws Exception {
        try (var db = DriverManager.getConnection(Stack.jdbcUrl("gateway"), Stack.infra().postgresUser(), "");
             var q = db.prepareStatement("SELECT cursor FROM pull_position WHERE agency = ? AND stream = ?")) {
            q.setString(1, agency.clientId());
            q.setString(2, streamName);
            try (var rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
