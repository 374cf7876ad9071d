package id.bagipakai.contracts.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.EventSchemas;
import org.apache.avro.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Registers event schemas in Apicurio Registry (REST v3) before anything produces them, so a
 * schema change that breaks the registry's compatibility rule is refused at deploy time rather
 * than surfacing as a failing producer. Idempotent: the same content yields the same version.
 */
public final class SchemaRegistration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI registryApi;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param registryApi base of the v3 API, e.g. {@code http://127.0.0.1:8280/apis/registry/v3} */
    public SchemaRegistration(String registryApi) {
        this.registryApi = URI.create(registryApi.endsWith("/") ? registryApi : registryApi + "/");
    }

    /** A version of an artifact as the registry holds it. */
    public record RegisteredVersion(String groupId, String artifactId, String version, long globalId) {
    }

    /** The registry refused a schema (usually a compatibility-rule violation). */
    public static final class SchemaRefusedException extends RuntimeException {
        private final int status;

        SchemaRefusedException(String artifact, int status, String body) {
            super("Apicurio refused schema " + artifact + " (HTTP " + status + "): " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public List<RegisteredVersion> registerAll() {
        return EventSchemas.ALL.stream()
                .map(s -> register(EventSchemas.groupOf(s), EventSchemas.artifactOf(s), s))
                .toList();
    }

    /** Creates the artifact, or a new version of it when the content changed (subject to the rules). */
    public RegisteredVersion register(String groupId, String artifactId, Schema schema) {
        ObjectNode body = JSON.createObjectNode();
        body.put("artifactId", artifactId);
        body.put("artifactType", "AVRO");
        ObjectNode content = body.putObject("firstVersion").putObject("content");
        content.put("content", schema.toString());
        content.put("contentType", "application/json");
        String path = "groups/" + encode(groupId) + "/artifacts?ifExists=FIND_OR_CREATE_VERSION&canonical=true";
        JsonNode answer = send("POST", path, body.toString(), groupId + "/" + artifactId);
        JsonNode version = answer.path("version");
        return new RegisteredVersion(groupId, artifactId, version.path("version").asText(),
                version.path("globalId").asLong());
    }

    /** The newest version of an artifact. */
    public RegisteredVersion latest(String groupId, String artifactId) {
        String path = "groups/" + encode(groupId) + "/artifacts/" + encode(artifactId) + "/versions/branch=latest";
        JsonNode v = send("GET", path, null, groupId + "/" + artifactId);
        return new RegisteredVersion(groupId, artifactId, v.path("version").asText(), v.path("globalId").asLong());
    }

    /** Sets a global rule (e.g. COMPATIBILITY=BACKWARD), replacing its configuration if present. */
    public void ensureGlobalRule(String ruleType, String config) {
        ObjectNode body = JSON.createObjectNode().put("ruleType", ruleType).put("config", config);
        try {
            send("POST", "admin/rules", body.toString(), "rule " + ruleType);
        } catch (SchemaRefusedException e) {
            if (e.status() != 409) {
                throw e;
            }
            send("PUT", "admin/rules/" + ruleType, JSON.createObjectNode().put("config", config).toString(),
                    "rule " + ruleType);
        }
    }

    private JsonNode send(String method, String path, String body, String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(registryApi.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SchemaRefusedException(what, response.statusCode(), response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Apicurio Registry at " + registryApi + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** {@code java -cp … SchemaRegistration <registry-v3-url>}: used by the launcher and CI. */
    public static void main(String[] args) {
        SchemaRegistration registration = new SchemaRegistration(args.length > 0 ? args[0]
                : "http://127.0.0.1:8280/apis/registry/v3");
        registration.ensureGlobalRule("COMPATIBILITY", "BACKWARD");
        registration.registerAll().forEach(v -> System.out.println("registered " + v));
    }
}
