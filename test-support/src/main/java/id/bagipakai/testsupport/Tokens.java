package id.bagipakai.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Access tokens from the stack's Keycloak, for the realm's dev clients (deploy/keycloak). */
public final class Tokens {

    public static final String DEMO_AGENCY = "demo-agency";
    public static final String DEMO_AGENCY_SECRET = "demo-agency-dev-secret";
    public static final String DEMO_INTEGRATOR = "demo-integrator";
    public static final String DEMO_INTEGRATOR_SECRET = "demo-integrator-dev-secret";

    public static final String OPERATOR = "operator1";
    public static final String OPERATOR_PASSWORD = "operator1-dev";
    public static final String SECOND_OPERATOR = "operator2";
    public static final String SECOND_OPERATOR_PASSWORD = "operator2-dev";
    /** The realm's public client for people (operators); it allows the password grant for tests. */
    public static final String OPS_CLIENT = "bagipakai-ops";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tokens live 300 s in the realm: reuse one for a minute, then fetch a fresh one. */
    private static final java.time.Duration REUSE = java.time.Duration.ofSeconds(60);
    private static final java.util.Map<String, java.util.Map.Entry<java.time.Instant, String>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A token of operator1 (realm role operator), reused for a minute. */
    public static String operator() {
        return cached("password:" + OPERATOR, () -> password(OPERATOR, OPERATOR_PASSWORD));
    }

    /** A token of operator2, the second pair of eyes (realm role operator), reused for a minute. */
    public static String operator2() {
        return cached("password:" + SECOND_OPERATOR, () -> password(SECOND_OPERATOR, SECOND_OPERATOR_PASSWORD));
    }

    /** A token of the demo agency (realm roles agency, stream:household-events), reused for a minute. */
    public static String demoAgency() {
        return cached("client:" + DEMO_AGENCY, () -> clientCredentials(DEMO_AGENCY, DEMO_AGENCY_SECRET));
    }

    /** A person's token (resource-owner password grant through the ops client), as an operator gets it. */
    public static String password(String username, String password) {
        return token("grant_type=password&client_id=" + enc(OPS_CLIENT) + "&username=" + enc(username)
                + "&password=" + enc(password), username);
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        var entry = CACHE.get(key);
        if (entry == null || entry.getKey().plus(REUSE).isBefore(java.time.Instant.now())) {
            entry = java.util.Map.entry(java.time.Instant.now(), fetch.get());
            CACHE.put(key, entry);
        }
        return entry.getValue();
    }

    /** A client-credentials token, as an agency system would get it. */
    public static String clientCredentials(String clientId, String secret) {
        return token("grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret),
                clientId);
    }

    private static String token(String form, String clientId) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Stack.infra().realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + clientId + ": " + response.body());
            }
            return new ObjectMapper().readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Tokens() {
    }
}
