package id.bagipakai.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tests' own Keycloak realm: the dev realm's file (deploy/keycloak/bagipakai-realm.json) under
 * another name, created through Keycloak's admin API when missing, and made again when the file
 * changed (its hash is kept as a realm attribute). Agencies the tests provision land there, never
 * in the realm of the running system.
 */
final class TestRealm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HASH_ATTRIBUTE = "bagipakaiRealmFileSha256";

    static void ensure(String keycloakUrl, String realm, Path realmFile) {
        try {
            byte[] file = Files.readAllBytes(realmFile);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
            String admin = adminToken(keycloakUrl);
            HttpResponse<String> existing = send(admin, "GET", keycloakUrl + "/admin/realms/" + realm, null);
            if (existing.statusCode() == 200) {
                if (hash.equals(JSON.readTree(existing.body()).path("attributes").path(HASH_ATTRIBUTE).asText())) {
                    return;
                }
                expect(send(admin, "DELETE", keycloakUrl + "/admin/realms/" + realm, null), 204);
            } else {
                expect(existing, 404);
            }
            ObjectNode representation = (ObjectNode) JSON.readTree(file);
            representation.put("realm", realm);
            representation.put("displayName", representation.path("displayName").asText(realm) + " (tests)");
            representation.withObject("attributes").put(HASH_ATTRIBUTE, hash);
            HttpResponse<String> created = send(admin, "POST", keycloakUrl + "/admin/realms", representation.toString());
            if (created.statusCode() != 201 && created.statusCode() != 409) { // 409: another JVM made it meanwhile
                expect(created, 201);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dev bootstrap admin of the launcher's Keycloak (BAGIPAKAI_KEYCLOAK_ADMIN[_PASSWORD] elsewhere). */
    private static String adminToken(String keycloakUrl) throws IOException, InterruptedException {
        String user = System.getenv().getOrDefault("BAGIPAKAI_KEYCLOAK_ADMIN", "admin");
        String password = System.getenv().getOrDefault("BAGIPAKAI_KEYCLOAK_ADMIN_PASSWORD", "admin");
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(user) + "&password=" + enc(password);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        expect(response, 200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static HttpResponse<String> send(String token, String method, String url, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private TestRealm() {
    }
}
