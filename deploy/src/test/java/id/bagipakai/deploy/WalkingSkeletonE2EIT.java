package id.bagipakai.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.testsupport.SseRecorder;
import id.bagipakai.testsupport.Services;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as the launcher runs it (packaged services as processes, real Kafka,
 * PostgreSQL, Keycloak, Apicurio): an agency provisioned and given an agreement, a household
 * registered, the event on the agency's stream within seconds, a revocation that stops it — and
 * nobody else gets in.
 */
class WalkingSkeletonE2EIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String registry;
    private static String consent;
    private static String gateway;
    private static String gatewayStream;
    private static String eligibility;

    @BeforeAll
    static void wholeStack() {
        Services services = Stack.all();
        registry = services.url("registry-service");
        consent = services.url("consent-service");
        gateway = services.url("sharing-gateway");
        gatewayStream = gateway + "/agency/streams/household-events";
        eligibility = services.url("eligibility-service");
    }

    /**
     * The path an agency takes: registered (a Keycloak client), an agreement drafted, submitted,
     * approved by a second operator and activated; its token then opens the stream, a household
     * registered in its region arrives reduced to the agreement's fields, and revoking the
     * agreement sends a notice after which nothing more flows.
     */
    @Test
    void anAgencyUnderAnActiveAgreementReceivesWhatItAllowsUntilItIsRevoked() throws Exception {
        String operator1 = Tokens.operator();
        String operator2 = Tokens.password(Tokens.SECOND_OPERATOR, Tokens.SECOND_OPERATOR_PASSWORD);
        JsonNode agency = call("POST", consent + "/agencies", operator1, """
                {"name":"Dinas Sosial E2E %s","kind":"REGIONAL_OFFICE","regionCode":"32.73",
                 "contact":{"name":"Ibu Sari","email":"sari@example.org"}}""".formatted(UUID.randomUUID()), 201);
        String agencyId = agency.path("agency").path("id").asText();
        String agreement = activeAgreement(agencyId, operator1, operator2);
        String kept = activeAgreement(agencyId, operator1, operator2);

        String token = Tokens.clientCredentials(agency.path("credentials").path("clientId").asText(),
                agency.path("credentials").path("clientSecret").asText());
        try (SseRecorder sse = SseRecorder.open(gatewayStream, token)) {
            assertThat(sse.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sse.events().stream().anyMatch(e -> "stream-open".equals(e.name())));

            String householdId = register(operator1);
            JsonNode received = await().atMost(Duration.ofSeconds(10))
                    .until(() -> find(sse, householdId, agreement), Optional::isPresent).orElseThrow();
            assertThat(received.path("household").path("location").path("regionCode").asText())
                    .isEqualTo("32.73.01.1001");
            assertThat(received.path("household").path("members").get(0).path("relationship").asText())
                    .isEqualTo("HEAD");
            assertThat(received.path("household").has("kkNumber")).isFalse();
            assertThat(received.toString()).doesNotContain("Asep", "Jl. Braga");

            // The person's view names who received Asep's data, under which agreement, by which path.
            String memberId = call("GET", registry + "/households/" + householdId, operator1, "", 200)
                    .path("household").path("members").get(0).path("memberId").asText();
            JsonNode view = await().atMost(Duration.ofSeconds(20)).until(
                    () -> status(consent + "/members/" + memberId, operator1) == 200
                            ? call("GET", consent + "/members/" + memberId, operator1, "", 200) : null,
                    v -> v != null && v.path("disclosures").path("items").size() > 0);
            assertThat(view.path("disclosures").path("recorded").asBoolean()).isTrue();
            JsonNode disclosure = view.path("disclosures").path("items").get(0);
            assertThat(disclosure.path("agreementId").asText()).isIn(agreement, kept);
            assertThat(disclosure.path("agencyName").asText()).startsWith("Dinas Sosial E2E");
            assertThat(disclosure.path("deliveryPath").asText()).isEqualTo("SSE");

            long revokedAt = System.nanoTime();
            call("POST", consent + "/agreements/" + agreement + "/revoke", operator2, "{\"note\":\"e2e\"}", 200);
            await().atMost(Duration.ofSeconds(10)).until(() -> sse.events().stream().anyMatch(e ->
                    "agreement-stopped".equals(e.name()) && e.data().contains(agreement)));
            System.out.printf("revocation: notice on the agency's stream %d ms after the revoke call was sent%n",
                    (System.nanoTime() - revokedAt) / 1_000_000);

            String afterRevocation = register(operator1);
            // Each record is decided for all the agency's agreements in one pass: once the copy under the
            // agreement that is still active is here, the revoked one's decision was taken too.
            await().atMost(Duration.ofSeconds(10)).until(() -> find(sse, afterRevocation, kept), Optional::isPresent);
            assertThat(find(sse, afterRevocation, agreement)).isEmpty();
        }
    }

    /**
     * Contributions in: an agency reports a person missing from the registry through the gateway;
     * the registry holds it for review under the agency's own identity, whatever the body claims.
     */
    @Test
    void anAgencysFindingReachesTheRegistryUnderItsOwnName() throws Exception {
        String operator = Tokens.operator();
        JsonNode agency = call("POST", consent + "/agencies", operator, """
                {"name":"LSM Temuan E2E %s","kind":"NGO",
                 "contact":{"name":"Pak Dedi","email":"dedi@example.org"}}""".formatted(UUID.randomUUID()), 201);
        String clientId = agency.path("credentials").path("clientId").asText();
        String token = Tokens.clientCredentials(clientId, agency.path("credentials").path("clientSecret").asText());
        String note = "found under the bridge " + UUID.randomUUID();

        JsonNode accepted = call("POST", gateway + "/agency/findings", token, """
                {"kind":"PERSON_MISSING_FROM_REGISTRY","submittedBy":"someone else","note":"%s",
                 "household":{"location":{"regionCode":"32.73.01.1001"},
                   "members":[{"name":"Ujang","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1960,
                               "noNik":{"reason":"HOMELESS_OR_UNDOCUMENTED"}}]}}""".formatted(note), 202);

        assertThat(accepted.path("status").asText()).isEqualTo("PENDING");
        assertThat(accepted.path("submittedBy").asText()).contains(clientId).doesNotContain("someone else");
        JsonNode pending = call("GET", registry + "/findings/" + accepted.path("id").asText(), operator, "", 200);
        assertThat(pending.path("note").asText()).isEqualTo(note);
    }

    /**
     * The registry's household event goes through eligibility-service, whose result reaches the
     * agency over the gateway's eligibility stream, reduced to what its agreement grants.
     */
    @Test
    void aHouseholdsEligibilityReachesAnAgencyOnlyThroughTheGateway() throws Exception {
        String operator1 = Tokens.operator();
        String operator2 = Tokens.password(Tokens.SECOND_OPERATOR, Tokens.SECOND_OPERATOR_PASSWORD);
        JsonNode agency = call("POST", consent + "/agencies", operator1, """
                {"name":"Dinas Sosial Eligibility E2E %s","kind":"REGIONAL_OFFICE","regionCode":"32.73",
                 "contact":{"name":"Ibu Sari","email":"sari@example.org"}}""".formatted(UUID.randomUUID()), 201);
        String agreement = activeAgreement(agency.path("agency").path("id").asText(), operator1, operator2,
                "[\"WelfareRankChanged\",\"EligibilityChanged\"]", "[\"eligibility\"]",
                "[\"/welfare/desils\",\"/eligibility/decisions\"]");
        String token = Tokens.clientCredentials(agency.path("credentials").path("clientId").asText(),
                agency.path("credentials").path("clientSecret").asText());
        try (SseRecorder sse = SseRecorder.open(gateway + "/agency/streams/eligibility", token)) {
            assertThat(sse.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sse.events().stream().anyMatch(e -> "stream-open".equals(e.name())));

            long registeredAt = System.nanoTime();
            String householdId = call("POST", registry + "/households", operator1, """
                    {"location":{"regionCode":"32.73.01.1001","address":"Kolong Jembatan Pasupati"},
                     "members":[{"name":"Ujang","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1962,
                                 "ppks":["HOMELESS"],"noNik":{"reason":"HOMELESS_OR_UNDOCUMENTED"}}]}""", 201)
                    .path("id").asText();
            // eligibility-service may first have to decide a backlog (the crash tests publish a 6,000-household
            // wave just before): the bench measures its rate, this test only that the result gets through.
            JsonNode decided = await().atMost(Duration.ofSeconds(180))
                    .until(() -> find(sse, "EligibilityChanged", householdId, agreement), Optional::isPresent)
                    .orElseThrow();
            System.out.printf("eligibility: registered -> agency received its decisions in %d ms (after any backlog)%n",
                    (System.nanoTime() - registeredAt) / 1_000_000);
            JsonNode atensi = null;
            for (JsonNode d : decided.path("decisions")) {
                if ("ATENSI".equals(d.path("programme").asText())) {
                    atensi = d;
                }
            }
            assertThat(atensi).isNotNull();
            assertThat(atensi.path("eligible").asBoolean()).isTrue();
            // Granted: the decisions. Not granted: the reasons, the members it is about, the village.
            assertThat(atensi.has("reasons")).isFalse();
            assertThat(decided.has("subjects")).isFalse();
            assertThat(decided.has("regionCode")).isFalse();
            assertThat(decided.toString()).doesNotContain("Ujang", "HOMELESS");

            JsonNode ranked = await().atMost(Duration.ofSeconds(20))
                    .until(() -> find(sse, "WelfareRankChanged", householdId, agreement), Optional::isPresent)
                    .orElseThrow();
            assertThat(ranked.has("score")).isFalse();
            assertThat(ranked.has("explanation")).isFalse();
            // What the agency got is what eligibility-service concluded.
            JsonNode result = call("GET", eligibility + "/households/" + householdId, operator1, "", 200);
            assertThat(ranked.path("desils").path("national").asInt())
                    .isEqualTo(result.path("desils").path("national").asInt()).isBetween(1, 10);
        }
    }

    /** Drafted and submitted by one operator, approved and activated by the other; known to the gateway. */
    private static String activeAgreement(String agencyId, String operator1, String operator2) throws Exception {
        return activeAgreement(agencyId, operator1, operator2, "[\"HouseholdRegistered\"]", "[\"household-events\"]",
                "[\"/location/regionCode\",\"/members/*/relationship\"]");
    }

    private static String activeAgreement(String agencyId, String operator1, String operator2, String eventTypes,
                                          String streams, String fields) throws Exception {
        String id = call("POST", consent + "/agreements", operator1, """
                {"agencyId":"%s","reference":"PKS E2E","purpose":"SOCIAL_ASSISTANCE_TARGETING",
                 "legalBasis":"PUBLIC_TASK","eventTypes":%s,"streams":%s,
                 "fields":%s,"regionScope":["32.73"],
                 "ppksCategories":[],"accessMode":"IDENTIFIED","deliveryModes":["SSE"],
                 "validFrom":"%s","validUntil":"%s","retention":"P90D"}""".formatted(agencyId, eventTypes, streams,
                fields, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400)), 201).path("id").asText();
        call("POST", consent + "/agreements/" + id + "/submit", operator1, "{}", 200);
        call("POST", consent + "/agreements/" + id + "/approve", operator2, "{}", 200);
        call("POST", consent + "/agreements/" + id + "/activate", operator2, "{}", 200);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                status(gateway + "/operator/policy/agreements/" + id, operator1) == 200);
        return id;
    }

    private static String register(String operator) throws Exception {
        return call("POST", registry + "/households", operator, """
                {"kkNumber":"3273011234567890",
                 "location":{"regionCode":"32.73.01.1001","address":"Jl. Braga 1"},
                 "members":[{"name":"Asep","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1975,
                             "noNik":{"reason":"HOMELESS_OR_UNDOCUMENTED"}}]}""", 201).path("id").asText();
    }

    private static JsonNode call(String method, String url, String token, String body, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, url, response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static int status(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void withoutATokenTheGatewayAnswers401() {
        try (SseRecorder sse = SseRecorder.open(gatewayStream, null)) {
            assertThat(sse.status()).isEqualTo(401);
        }
    }

    @Test
    void aClientThatIsNotAnAgencyGets403() {
        String token = Tokens.clientCredentials(Tokens.DEMO_INTEGRATOR, Tokens.DEMO_INTEGRATOR_SECRET);
        try (SseRecorder sse = SseRecorder.open(gatewayStream, token)) {
            assertThat(sse.status()).isEqualTo(403);
        }
    }

    /** The household's record released under that agreement. */
    private static Optional<JsonNode> find(SseRecorder sse, String householdId, String agreementId) throws Exception {
        return find(sse, "HouseholdRegistered", householdId, agreementId);
    }

    /** The household's event of that type released under that agreement. */
    private static Optional<JsonNode> find(SseRecorder sse, String type, String householdId, String agreementId)
            throws Exception {
        for (SseRecorder.Event e : sse.events()) {
            if (type.equals(e.name())) {
                JsonNode data = JSON.readTree(e.data());
                if (householdId.equals(data.path("householdId").asText())
                        && agreementId.equals(data.path("agreementId").asText())) {
                    return Optional.of(data);
                }
            }
        }
        return Optional.empty();
    }
}
