package id.bagipakai.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Agencies of a test's own, made in Keycloak as consent-service makes them (through the admin
 * API, with consent-service's dev client, which the realm gives the realm-management roles): a
 * client-credentials client whose service account holds the given realm roles, a missing
 * {@code stream:<name>} role created first. So a test needs no role the realm file must declare,
 * and no other test's agency. Removed again with {@link #close}.
 */
final class TestAgencies implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A test agency: its client id (the tokens' {@code azp}) and secret. */
    record Agency(String clientId, String secret, String internalId) {

        String token() {
            return Tokens.clientCredentials(clientId, secret);
        }
    }

    private final List<Agency> created = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A new agency client with these realm roles (e.g. {@code agency}, {@code stream:eligibility}). */
    Agency create(String prefix, String... realmRoles) throws Exception {
        String clientId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString();
        var client = JSON.createObjectNode().put("clientId", clientId).put("enabled", true)
                .put("publicClient", false).put("clientAuthenticatorType", "client-secret").put("secret", secret)
                .put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", false).put("implicitFlowEnabled", false).put("protocol", "openid-connect");
        HttpResponse<String> made = call("POST", "/clients", client.toString());
        expect(made, 201);
        String location = made.headers().firstValue("Location").orElseThrow();
        String internalId = location.substring(location.lastIndexOf('/') + 1);
        Agency agency = new Agency(clientId, secret, internalId);
        created.add(agency);
        String userId = JSON.readTree(expect(call("GET", "/clients/" + internalId + "/service-account-user", null), 200))
                .path("id").asText();
        ArrayNode roles = JSON.createArrayNode();
        for (String role : realmRoles) {
            roles.add(role(role));
        }
        expect(call("POST", "/users/" + userId + "/role-mappings/realm", roles.toString()), 204);
        return agency;
    }

    /** The realm role, created when missing (as consent-service does when it first grants a stream). */
    private static JsonNode role(String name) throws Exception {
        String path = "/roles/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> found = call("GET", path, null);
        if (found.statusCode() == 404) {
            HttpResponse<String> made = call("POST", "/roles", JSON.createObjectNode().put("name", name)
                    .put("description", "Receives the stream " + name.substring(name.indexOf(':') + 1)
                            + " (granted by consent-service)").toString());
            if (made.statusCode() != 201 && made.statusCode() != 409) { // 409: another test made it meanwhile
                throw new IllegalStateException("Keycloak refused the role " + name + ": " + made.body());
            }
            found = call("GET", path, null);
        }
        return JSON.readTree(expect(found, 200));
    }

    @Override
    public void close() {
        for (Agency agency : created) {
            try {
                call("DELETE", "/clients/" + agency.internalId(), null);
            } catch (Exception e) {
                System.err.println("Could not remove the test client " + agency.clientId() + ": " + e);
            }
        }
        created.clear();
    }

    private static HttpResponse<String> call(String method, String path, String body) throws IOException,
            InterruptedException {
        String admin = Tokens.clientCredentials("consent-service", "consent-service-dev-secret");
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.infra().keycloakUrl() + "/admin/realms/"
                        + Stack.realm() + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body());
        }
        return response.body();
    }
}
