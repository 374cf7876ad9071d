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
    /** The realm's public client for operators (direct access grants, for tests). */
    public static final String OPS_CLIENT = "bagipakai-ops";
    public static final String OPERATOR1 = "operator1";
    public static final String OPERATOR1_PASSWORD = "operator1-dev";
    public static final String OPERATOR2 = "operator2";
    public static final String OPERATOR2_PASSWORD = "operator2-dev";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A client-credentials token, as an agency system would get it. */
    public static String clientCredentials(String clientId, String secret) {
        return token(clientId, "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret));
    }

    /** An operator's token (password grant through the public client {@value #OPS_CLIENT}). */
    public static String operator(String username, String password) {
        return token(username, "grant_type=password&client_id=" + OPS_CLIENT + "&username=" + enc(username)
                + "&password=" + enc(password));
    }

    private static String token(String who, String form) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Stack.infra().realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + ": " + response.body());
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
