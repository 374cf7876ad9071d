package id.bagipakai.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.testsupport.SseRecorder;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as the launcher runs it (packaged services as processes, real Kafka,
 * PostgreSQL, Keycloak, Apicurio): an agency's token, a household registered, the event on the
 * agency's stream within seconds — and nobody else gets in.
 */
class WalkingSkeletonE2EIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String registry;
    private static String gatewayStream;

    @BeforeAll
    static void wholeStack() {
        Stack.all();
        registry = Stack.serviceUrl("registry-service");
        gatewayStream = Stack.serviceUrl("sharing-gateway") + "/agency/streams/household-events";
    }

    @Test
    void aRegisteredHouseholdReachesTheAgencyStreamWithinSeconds() throws Exception {
        String token = Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET);
        try (SseRecorder sse = SseRecorder.open(gatewayStream, token)) {
            assertThat(sse.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sse.events().stream().anyMatch(e -> "stream-open".equals(e.name())));

            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(registry + "/households"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + Tokens.operator())
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"kkNumber":"3273011234567890",
                             "location":{"regionCode":"32.73.01.1001","address":"Jl. Braga 1"},
                             "members":[{"name":"Asep","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1975,
                                         "noNik":{"reason":"HOMELESS_OR_UNDOCUMENTED"}}]}"""))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String householdId = JSON.readTree(created.body()).path("id").asText();

            JsonNode received = await().atMost(Duration.ofSeconds(10))
                    .until(() -> find(sse, householdId), Optional::isPresent).orElseThrow();
            assertThat(received.path("household").path("location").path("regionCode").asText())
                    .isEqualTo("32.73.01.1001");
            assertThat(received.path("household").has("kkNumber")).isFalse();
            assertThat(received.path("household").has("members")).isFalse();
        }
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

    private static Optional<JsonNode> find(SseRecorder sse, String householdId) throws Exception {
        for (SseRecorder.Event e : sse.events()) {
            if ("HouseholdRegistered".equals(e.name())) {
                JsonNode data = JSON.readTree(e.data());
                if (householdId.equals(data.path("householdId").asText())) {
                    return Optional.of(data);
                }
            }
        }
        return Optional.empty();
    }
}
