package id.bagipakai.gateway;

import id.bagipakai.testsupport.SseRecorder;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Pull: pages from a cursor, an acknowledgement to go on from, decided at pull time. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class PullIT extends TestProducers {

    @TestHTTPResource("/agency/streams/household-events")
    URL stream;

    @Test
    void pagesWalkTheStreamOnceAndAnAcknowledgementIsWhereTheNextPullStarts() throws Exception {
        String agreement = agreement();
        try {
            String start = liveCursor();
            List<String> published = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                published.add(Households.publish(avro, "31.71.01.1001", null).householdId());
            }
            // Pages of one record: walk until all three came, each exactly once.
            List<String> received = new ArrayList<>();
            String[] cursor = {start};
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonPath page = page(Map.of("cursor", cursor[0], "limit", 1));
                // One event per page; its copies under the agency's other agreements (other tests') ride along.
                assertThat(ours(page, agreement)).hasSizeLessThanOrEqualTo(1);
                received.addAll(ours(page, agreement));
                cursor[0] = page.getString("cursor");
                return received.size() >= 3;
            });
            assertThat(received).containsExactlyInAnyOrderElementsOf(published);

            given().auth().oauth2(agency()).contentType("application/json").body(Map.of("cursor", cursor[0]))
                    .post(stream + "/acknowledgement").then().statusCode(200);
            String next = Households.publish(avro, "31.71.01.1001", null).householdId();
            // Without a cursor: from the acknowledgement, so only what came after it.
            List<String> afterAck = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                afterAck.addAll(ours(page(Map.of("wait", 2)), agreement));
                return afterAck.contains(next);
            });
            assertThat(afterAck).doesNotContainAnyElementsOf(published);
        } finally {
            revoke(agreement);
        }
    }

    @Test
    void recordsPublishedBeforeARevocationAreNotReleasedWhenPulledAfterIt() throws Exception {
        String agreement = agreement();
        String start = liveCursor();
        String household = Households.publish(avro, "31.71.01.1001", null).householdId();
        await().atMost(Duration.ofSeconds(20)).until(() -> ours(page(Map.of("cursor", start)), agreement).contains(household));
        revoke(agreement);
        PolicyEvents.awaitKnown(agreement, 2);
        assertThat(ours(page(Map.of("cursor", start)), agreement)).isEmpty();
    }

    @Test
    void aCursorThisGatewayNeverWroteIsRefusedNamingIt() {
        given().auth().oauth2(agency()).queryParam("cursor", "x").get(stream + "/records")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("cursor"));
        given().auth().oauth2(agency()).contentType("application/json").body(Map.of("cursor", "0:1;2"))
                .post(stream + "/acknowledgement")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/cursor"));
        given().get(stream + "/records").then().statusCode(401);
    }

    private String agreement() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        PolicyEvents.agreement(avro, id, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71", "IDENTIFIED", List.of("PULL"));
        PolicyEvents.awaitKnown(id, 1);
        return id;
    }

    private static void revoke(String id) throws Exception {
        PolicyEvents.agreement(avro, id, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71", "IDENTIFIED", List.of("PULL"));
    }

    /** The end of the stream now: the id of a fresh SSE stream's opening event (cursors are one format). */
    private String liveCursor() {
        try (SseRecorder sse = SseRecorder.open(stream.toString(), agency())) {
            return await().atMost(Duration.ofSeconds(10)).until(sse::lastEventId, id -> id != null);
        }
    }

    private JsonPath page(Map<String, Object> query) {
        return given().auth().oauth2(agency()).queryParams(query).get(stream + "/records")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ours(JsonPath page, String agreementId) {
        List<Map<String, Object>> records = page.getList("records");
        return records.stream().filter(r -> agreementId.equals(r.get("agreementId")))
                .map(r -> (String) r.get("householdId")).toList();
    }

    private static String agency() {
        return Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET);
    }
}
