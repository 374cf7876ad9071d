package id.bagipakai.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import id.bagipakai.testsupport.SseRecorder;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SSE resume: after a disconnect, every missed record once, in order, from the Last-Event-ID on. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class StreamResumeIT extends TestProducers {

    @TestHTTPResource("/agency/streams/household-events")
    URL stream;

    @Test
    void aReconnectingAgencyGetsEveryMissedRecordOnceAndInOrder() throws Exception {
        String agreement = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        PolicyEvents.awaitKnown(agreement, 1);
        String token = Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET);
        try {
            List<String> seen = new ArrayList<>();
            String lastEventId;
            try (SseRecorder sse = SseRecorder.open(stream.toString(), token)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> sse.lastEventId() != null);
                for (int i = 0; i < 3; i++) {
                    seen.add(Households.publish(avro, "31.71.01.1001", null).householdId());
                }
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> householdIds(sse, agreement).containsAll(seen));
                lastEventId = sse.lastEventId();
            }
            // Two households, three versions each, published while the agency is away.
            List<String> households = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
            for (int version = 1; version <= 3; version++) {
                for (String h : households) {
                    Households.publish(avro, "31.71.01.1001", null, h, version);
                }
            }
            try (SseRecorder resumed = SseRecorder.open(stream.toString(), token, lastEventId)) {
                assertThat(resumed.status()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(20)).until(() -> Households.under(resumed, agreement).size() >= 6);
                // One more, live: the resumed stream went on past the gap, and nothing came twice meanwhile.
                String live = Households.publish(avro, "31.71.01.1001", null).householdId();
                await().atMost(Duration.ofSeconds(20)).until(() -> householdIds(resumed, agreement).contains(live));
                List<JsonNode> received = Households.under(resumed, agreement);
                assertThat(received).hasSize(7);
                assertThat(householdIds(resumed, agreement)).doesNotContainAnyElementsOf(seen);
                for (String h : households) {
                    assertThat(received.stream().filter(r -> r.path("householdId").asText().equals(h))
                            .map(r -> r.path("version").asInt())).containsExactly(1, 2, 3);
                }
            }
        } finally {
            PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
        }
    }

    @Test
    void cutOffBetweenTwoAgreementsCopiesOfOneRecordTheClientGetsOnlyTheRest() throws Exception {
        String first = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        String second = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        PolicyEvents.awaitKnown(first, 1);
        PolicyEvents.awaitKnown(second, 1);
        String earlier = first.compareTo(second) < 0 ? first : second;
        String later = earlier.equals(first) ? second : first;
        String token = Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET);
        try {
            String household;
            SseRecorder.Event firstCopy;
            try (SseRecorder sse = SseRecorder.open(stream.toString(), token)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> sse.lastEventId() != null);
                household = Households.publish(avro, "31.71.01.1001", null).householdId();
                firstCopy = await().atMost(Duration.ofSeconds(20)).until(() -> copy(sse, household, earlier), e -> e != null);
                await().atMost(Duration.ofSeconds(20)).until(() -> copy(sse, household, later) != null);
            }
            // As if the connection dropped right after the first copy.
            try (SseRecorder resumed = SseRecorder.open(stream.toString(), token, firstCopy.id())) {
                await().atMost(Duration.ofSeconds(20)).until(() -> copy(resumed, household, later) != null);
                assertThat(copy(resumed, household, earlier)).isNull();
            }
        } finally {
            PolicyEvents.agreement(avro, first, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
            PolicyEvents.agreement(avro, second, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
        }
    }

    @Test
    void aLastEventIdThisGatewayNeverWroteIsA400NamingTheHeader() {
        given().auth().oauth2(Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET))
                .header("Last-Event-ID", "0:12;DROP TABLE")
                .accept("text/event-stream")
                .get(stream)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", org.hamcrest.Matchers.equalTo("Last-Event-ID"));
    }

    private static List<String> householdIds(SseRecorder sse, String agreementId) throws Exception {
        return Households.under(sse, agreementId).stream().map(r -> r.path("householdId").asText()).toList();
    }

    private static SseRecorder.Event copy(SseRecorder sse, String householdId, String agreementId) throws Exception {
        for (SseRecorder.Event e : sse.events()) {
            if (e.name().startsWith("Household")) {
                JsonNode data = Households.JSON.readTree(e.data());
                if (householdId.equals(data.path("householdId").asText())
                        && agreementId.equals(data.path("agreementId").asText())) {
                    return e;
                }
            }
        }
        return null;
    }
}
