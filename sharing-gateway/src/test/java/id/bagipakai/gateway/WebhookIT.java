package id.bagipakai.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Webhooks against a real receiver on a local port: signed records, retries with growing waits,
 * dead letters that do not hold up the rest, replay, and nothing more after a revocation.
 */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class WebhookIT extends TestProducers {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static boolean leftoversRemoved;

    /** Webhooks of an earlier run that died would otherwise be served (and fail) alongside ours. */
    @BeforeEach
    void removeLeftovers() {
        if (!leftoversRemoved) {
            agency().get("/agency/webhooks").then().statusCode(200).extract().jsonPath().getList("id", String.class)
                    .forEach(WebhookIT::delete);
            leftoversRemoved = true;
        }
    }

    @Test
    void aRegisteredWebhookReceivesTheMinimisedRecordSignedWithItsSecret() throws Exception {
        String agreement = webhookAgreement();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath hook = register(receiver.url());
            String id = hook.getString("id");
            try {
                String secret = hook.getString("secret");
                assertThat(secret).matches("[A-Za-z0-9_-]{43}");
                assertThat(StreamCursor.parse(hook.getString("cursor"))).isNotNull();
                Households.Published household = Households.publish(avro, "31.71.01.1001", null);

                WebhookReceiver.Request received = await().atMost(WAIT)
                        .until(() -> delivered(receiver, household.householdId(), agreement), Objects::nonNull);

                JsonNode record = received.json();
                assertThat(record.path("eventType").asText()).isEqualTo("HouseholdRegistered");
                assertThat(record.path("household").path("members").get(0).path("name").asText()).isEqualTo("Siti");
                assertThat(record.path("household").has("kkNumber")).isFalse();
                assertThat(received.body()).doesNotContain(Households.SITI_NIK, Households.KK, "Jl. Rahasia",
                        "VICTIM_OF_VIOLENCE");
                assertThat(received.header("Content-Type")).startsWith("application/json");
                assertThat(received.header("Bagipakai-Delivery-Attempt")).isEqualTo("1");
                assertThat(StreamCursor.parse(received.header("Bagipakai-Event-Id"))).isNotNull();
                assertThat(signatureVerifies(secret, received)).isTrue();
                assertThat(signatureVerifies(secret.substring(1) + "A", received)).isFalse();

                // The secret was shown once: neither the list nor the webhook itself shows it again.
                String list = agency().get("/agency/webhooks").then().statusCode(200).extract().asString();
                assertThat(list).contains(id).doesNotContain(secret);
                agency().get("/agency/webhooks/{id}", id).then().statusCode(200)
                        .body("url", equalTo(receiver.url())).body("secret", org.hamcrest.Matchers.nullValue());
                // On record, by the webhook path, before it left.
                assertThat(webhookDisclosures(household.householdId(), agreement)).hasSize(1);
            } finally {
                delete(id);
            }
        } finally {
            revoke(agreement);
        }
    }

    @Test
    void aRefusedRecordIsRetriedWithGrowingWaitsAndDeliveredOnce() throws Exception {
        String agreement = webhookAgreement();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = register(receiver.url()).getString("id");
            try {
                String householdId = UUID.randomUUID().toString();
                receiver.failFirst(2, householdId);
                Households.publish(avro, "31.71.01.1001", null, householdId, 1);
                await().atMost(WAIT).until(() -> delivered(receiver, householdId, agreement) != null);
                // Deliveries are sequential: once a later record is here, no attempt at the first is still to come.
                String later = Households.publish(avro, "31.71.01.1001", null).householdId();
                await().atMost(WAIT).until(() -> delivered(receiver, later, agreement) != null);

                List<WebhookReceiver.Request> attempts = receiver.containing(householdId);
                assertThat(attempts).extracting(WebhookReceiver.Request::answered).containsExactly(500, 500, 200);
                assertThat(attempts).extracting(r -> r.header("Bagipakai-Delivery-Attempt"))
                        .containsExactly("1", "2", "3");
                assertThat(attempts).extracting(r -> r.header("Bagipakai-Event-Id")).containsOnly(
                        attempts.getFirst().header("Bagipakai-Event-Id"));
                // Back-off 100ms doubling, half of it jitter (test profile): at least 50ms, then at least
                // 100ms. Only lower bounds: a busy machine makes any wait longer, never shorter (the
                // growth itself is BackoffTest's, without a clock).
                Duration first = Duration.between(attempts.get(0).at(), attempts.get(1).at());
                Duration second = Duration.between(attempts.get(1).at(), attempts.get(2).at());
                assertThat(first).isGreaterThanOrEqualTo(Duration.ofMillis(50));
                assertThat(second).isGreaterThanOrEqualTo(Duration.ofMillis(100));
                // Each attempt was decided again and recorded before it left: any of them may have reached the agency.
                assertThat(webhookDisclosures(householdId, agreement)).hasSize(3);
            } finally {
                delete(id);
            }
        } finally {
            revoke(agreement);
        }
    }

    @Test
    void aRecordRefusedToTheEndIsADeadLetterTheNextStillArrivesAndTheLetterCanBeReplayed() throws Exception {
        String agreement = webhookAgreement();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath hook = register(receiver.url());
            String id = hook.getString("id");
            try {
                String refused = UUID.randomUUID().toString();
                receiver.failAlways(refused);
                Households.publish(avro, "31.71.01.1001", null, refused, 1);

                JsonPath letters = await().atMost(WAIT).until(() -> deadLetters(id), l -> !l.getList("").isEmpty());
                assertThat(letters.getList("")).hasSize(1);
                assertThat(letters.getString("[0].agreementId")).isEqualTo(agreement);
                assertThat(letters.getString("[0].eventType")).isEqualTo("HouseholdRegistered");
                assertThat(letters.getString("[0].eventPosition")).matches("\\d+-\\d+");
                assertThat(letters.getInt("[0].attempts")).isEqualTo(4);
                assertThat(letters.getInt("[0].lastStatus")).isEqualTo(500);
                assertThat(letters.getString("[0].replayedAt")).isNull();
                // Where the record lies, not what it says.
                assertThat(letters.prettify()).doesNotContain(refused, "Siti", Households.KK);
                assertThat(receiver.containing(refused)).hasSize(4)
                        .allMatch(r -> r.answered() == 500);

                // The webhook went on past it.
                String next = Households.publish(avro, "31.71.01.1001", null).householdId();
                await().atMost(WAIT).until(() -> delivered(receiver, next, agreement) != null);

                receiver.recover();
                agency().post("/agency/webhooks/{id}/dead-letters/{letter}/replay", id, letters.getString("[0].id"))
                        .then().statusCode(200).body("delivered", equalTo(true)).body("status", equalTo(200));
                WebhookReceiver.Request replayed = delivered(receiver, refused, agreement);
                assertThat(replayed).isNotNull();
                assertThat(replayed.header("Bagipakai-Delivery-Attempt")).isEqualTo("5");
                assertThat(deadLetters(id).getString("[0].replayedAt")).isNotNull();

                // A range again: from the cursor of the registration, both come once more.
                agency().contentType(ContentType.JSON).body(Map.of("cursor", hook.getString("cursor")))
                        .post("/agency/webhooks/{id}/rewind", id)
                        .then().statusCode(200).body("cursor", equalTo(hook.getString("cursor")));
                await().atMost(WAIT).until(() -> receiver.containing(next).size() == 2
                        && receiver.containing(refused).stream().filter(r -> r.answered() == 200).count() == 2);
            } finally {
                delete(id);
            }
        } finally {
            revoke(agreement);
        }
    }

    @Test
    void afterARevocationTheWebhookIsToldAndNothingMoreFlowsUnderIt() throws Exception {
        String revoked = webhookAgreement();
        String other = webhookAgreement();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath hook = register(receiver.url());
            String id = hook.getString("id");
            try {
                String before = Households.publish(avro, "31.71.01.1001", null).householdId();
                await().atMost(WAIT).until(() -> delivered(receiver, before, revoked) != null);

                revoke(revoked);
                WebhookReceiver.Request notice = await().atMost(WAIT).until(() -> receiver.requests().stream()
                        .filter(r -> r.body().contains("agreement-stopped") && r.body().contains(revoked))
                        .findFirst().orElse(null), Objects::nonNull);
                assertThat(notice.json().path("type").asText()).isEqualTo("agreement-stopped");
                assertThat(notice.json().path("status").asText()).isEqualTo("REVOKED");
                assertThat(notice.header("Bagipakai-Event-Id")).isEqualTo("agreement-stopped:" + revoked + ":2");
                assertThat(signatureVerifies(hook.getString("secret"), notice)).isTrue();

                String after = Households.publish(avro, "31.71.01.1001", null).householdId();
                // Both agreements are decided for each record at once: once the other one's copy is
                // here, the revoked one's decision was taken too.
                await().atMost(WAIT).until(() -> delivered(receiver, after, other) != null);
                assertThat(receiver.containing(after)).extracting(r -> r.json().path("agreementId").asText())
                        .doesNotContain(revoked);
            } finally {
                delete(id);
            }
        } finally {
            revoke(revoked);
            revoke(other);
        }
    }

    @Test
    void onlyAgenciesManageWebhooksOnlyTheirOwnAndABadUrlIsNamed() throws Exception {
        Map<String, String> valid = Map.of("url", "http://127.0.0.1:9/hook");
        given().contentType(ContentType.JSON).body(valid).post("/agency/webhooks").then().statusCode(401);
        given().get("/agency/webhooks").then().statusCode(401);
        String integrator = Tokens.clientCredentials(Tokens.DEMO_INTEGRATOR, Tokens.DEMO_INTEGRATOR_SECRET);
        given().auth().oauth2(integrator).contentType(ContentType.JSON).body(valid).post("/agency/webhooks")
                .then().statusCode(403);
        given().auth().oauth2(integrator).get("/agency/webhooks").then().statusCode(403);

        for (Map<String, String> bad : List.of(Map.of("url", "ftp://example.org/x"), Map.of("url", "/hooks"),
                Map.of("url", "not a url"), Map.<String, String>of())) {
            agency().contentType(ContentType.JSON).body(bad).post("/agency/webhooks")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].pointer", equalTo("/url"));
        }
        agency().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook", "from", "yesterday"))
                .post("/agency/webhooks")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/from"));

        // Another agency's webhook is, to this one, not there at all.
        UUID foreign = UUID.randomUUID();
        try (var db = DriverManager.getConnection(Stack.jdbcUrl("gateway"), Stack.infra().postgresUser(), "");
             var insert = db.prepareStatement("INSERT INTO webhook (id, agency, url, secret, cursor, created_at, cursor_at)"
                     + " VALUES (?, 'another-agency', 'http://127.0.0.1:9/hook', 's', '0:0', now(), now())")) {
            insert.setObject(1, foreign);
            insert.executeUpdate();
            try {
                agency().get("/agency/webhooks/{id}", foreign).then().statusCode(404)
                        .contentType("application/problem+json");
                agency().get("/agency/webhooks/{id}/dead-letters", foreign).then().statusCode(404);
                agency().delete("/agency/webhooks/{id}", foreign).then().statusCode(404);
                assertThat(agency().get("/agency/webhooks").then().statusCode(200).extract().asString())
                        .doesNotContain(foreign.toString());
            } finally {
                try (var remove = db.prepareStatement("DELETE FROM webhook WHERE id = ?")) {
                    remove.setObject(1, foreign);
                    remove.executeUpdate();
                }
            }
        }
    }

    private static io.restassured.specification.RequestSpecification agency() {
        return given().auth().oauth2(Tokens.demoAgency());
    }

    private static JsonPath register(String url) {
        return agency().contentType(ContentType.JSON).body(Map.of("url", url)).post("/agency/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    private static void delete(String id) {
        agency().delete("/agency/webhooks/{id}", id).then().statusCode(204);
    }

    private static JsonPath deadLetters(String id) {
        return agency().get("/agency/webhooks/{id}/dead-letters", id).then().statusCode(200).extract().jsonPath();
    }

    /** An agreement of the demo agency for the household stream by webhook. */
    private static String webhookAgreement() throws Exception {
        String id = UUID.randomUUID().toString();
        PolicyEvents.agreement(avro, id, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71", "IDENTIFIED", List.of("WEBHOOK"));
        PolicyEvents.awaitKnown(id, 1);
        return id;
    }

    private static void revoke(String id) throws Exception {
        PolicyEvents.agreement(avro, id, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71", "IDENTIFIED", List.of("WEBHOOK"));
    }

    /** The request that delivered that household's record under that agreement (answered 2xx), or null. */
    private static WebhookReceiver.Request delivered(WebhookReceiver receiver, String householdId, String agreementId) {
        return receiver.containing(householdId).stream()
                .filter(r -> r.answered() == 200 && agreementId.equals(r.json().path("agreementId").asText()))
                .reduce((first, last) -> last).orElse(null);
    }

    /** The webhook disclosures of that household under that agreement, as an operator sees them. */
    private static List<Object> webhookDisclosures(String householdId, String agreementId) {
        return given().auth().oauth2(Tokens.operator()).queryParam("householdId", householdId)
                .get("/operator/disclosures").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.deliveryPath == 'WEBHOOK' && it.agreementId == '" + agreementId + "' }");
    }

    /** What a receiver does: HMAC-SHA256 under the secret over {@code t + "." + body}, t within five minutes. */
    private static boolean signatureVerifies(String secret, WebhookReceiver.Request request) throws Exception {
        Map<String, String> parts = new HashMap<>();
        for (String part : request.header("Bagipakai-Signature").split(",")) {
            String[] kv = part.split("=", 2);
            parts.put(kv[0], kv[1]);
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((parts.get("t") + "." + request.body())
                .getBytes(StandardCharsets.UTF_8)));
        long age = Instant.now().getEpochSecond() - Long.parseLong(parts.get("t"));
        return expected.equals(parts.get("v1")) && Math.abs(age) < 300;
    }
}
