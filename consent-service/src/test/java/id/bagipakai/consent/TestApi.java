package id.bagipakai.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls to consent-service as the realm's operators, and what tests read from tokens. */
final class TestApi {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An agency as registered: its id and the credentials shown once. */
    record Registered(String id, String clientId, String secret) {
    }

    static String operator1() {
        return Tokens.password(Tokens.OPERATOR, Tokens.OPERATOR_PASSWORD);
    }

    static String operator2() {
        return Tokens.password(Tokens.SECOND_OPERATOR, Tokens.SECOND_OPERATOR_PASSWORD);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A name no earlier run used, so tests never meet each other's agencies. */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static ObjectNode agencyBody(String name, String kind) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("kind", kind);
        body.putObject("contact").put("name", "Ibu Sari").put("email", "sari@example.org").put("phone", "+62 22 123");
        return body;
    }

    static Registered registerNgo(String prefix) {
        var response = as(operator1()).body(agencyBody(unique(prefix), "NGO").toString())
                .when().post("/agencies").then().statusCode(201).extract();
        return new Registered(response.path("agency.id"), response.path("credentials.clientId"),
                response.path("credentials.clientSecret"));
    }

    /** A valid agreement for the agency on the given streams, valid from an hour ago for a year. */
    static ObjectNode agreementBody(String agencyId) {
        ObjectNode body = JSON.createObjectNode().put("agencyId", agencyId).put("reference", "PKS test")
                .put("purpose", "REHABILITATION_SERVICES").put("legalBasis", "PUBLIC_TASK")
                .put("accessMode", "PSEUDONYMOUS").put("retention", "P1Y")
                .put("validFrom", Instant.now().minus(1, ChronoUnit.HOURS).toString())
                .put("validUntil", Instant.now().plus(365, ChronoUnit.DAYS).toString());
        body.putArray("eventTypes").add("HouseholdRegistered").add("HouseholdUpdated").add("MemberLeft").add("NikLinked");
        body.putArray("streams").add("household-events");
        body.putArray("fields").add("/location/regionCode").add("/members/*/name").add("/members/*/ppks");
        body.putArray("regionScope").add("32.73");
        body.putArray("ppksCategories").add("VICTIM_OF_DRUG_ABUSE");
        body.putArray("deliveryModes").add("SSE");
        return body;
    }

    static String createAgreement(String token, ObjectNode body) {
        return as(token).body(body.toString()).when().post("/agreements").then().statusCode(201).extract().path("id");
    }

    /** Creates, submits (operator1), approves (operator2) and activates an agreement; returns its id. */
    static String activeAgreement(String agencyId) {
        String op1 = operator1();
        String op2 = operator2();
        String id = createAgreement(op1, agreementBody(agencyId));
        as(op1).post("/agreements/" + id + "/submit").then().statusCode(200);
        as(op2).post("/agreements/" + id + "/approve").then().statusCode(200);
        as(op2).post("/agreements/" + id + "/activate").then().statusCode(200);
        return id;
    }

    /** The realm roles an access token carries (read from its payload; Keycloak signed it). */
    static Set<String> realmRoles(String accessToken) {
        try {
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
            Set<String> roles = new HashSet<>();
            payload.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
            return roles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> rolesOfNewToken(Registered agency) {
        return realmRoles(Tokens.clientCredentials(agency.clientId(), agency.secret()));
    }

    /** A change behind the service's back, as someone with database access could make it; it must hit one row. */
    static void sql(String statement) throws SQLException {
        var stack = Stack.infra();
        try (var connection = DriverManager.getConnection(Stack.jdbcUrl("consent"), stack.postgresUser(), "");
             var update = connection.createStatement()) {
            if (update.executeUpdate(statement) != 1) {
                throw new IllegalStateException("expected one row: " + statement);
            }
        }
    }

    private TestApi() {
    }
}
