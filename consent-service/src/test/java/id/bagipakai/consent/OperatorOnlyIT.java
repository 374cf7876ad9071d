package id.bagipakai.consent;

import com.fasterxml.jackson.databind.JsonNode;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static id.bagipakai.consent.TestApi.JSON;
import static id.bagipakai.consent.TestApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the service serves (read from its own OpenAPI document, so an endpoint added
 * later is covered too) refuses a caller without a token (401) and a valid token without the
 * {@code operator} role (403: an agency's, and a plain client's), before it looks at the request.
 */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "consent"))
class OperatorOnlyIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Call(String method, String path) {
    }

    @Test
    void everyEndpointRefusesCallersWithoutTheOperatorRole() throws Exception {
        List<Call> calls = endpoints();
        assertThat(calls).extracting(Call::path)
                .contains("/agencies", "/agreements/{id}/approve", "/members/{memberId}/consents")
                .allMatch(p -> p.matches("/(agencies|agreements|members|consents)(/.*)?"), "one of ours");
        String agency = Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET);
        String notAnAgency = Tokens.clientCredentials(Tokens.DEMO_INTEGRATOR, Tokens.DEMO_INTEGRATOR_SECRET);
        for (Call call : calls) {
            String path = call.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            assertThat(given().contentType(ContentType.JSON).body("{}").request(call.method(), path).statusCode())
                    .as("%s %s without a token", call.method(), call.path()).isEqualTo(401);
            assertThat(as(agency).body("{}").request(call.method(), path).statusCode())
                    .as("%s %s as an agency", call.method(), call.path()).isEqualTo(403);
            assertThat(as(notAnAgency).body("{}").request(call.method(), path).statusCode())
                    .as("%s %s as a client without roles", call.method(), call.path()).isEqualTo(403);
        }
    }

    private static List<Call> endpoints() throws Exception {
        JsonNode doc = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<Call> calls = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                calls.add(new Call(op.getKey().toUpperCase(), path.getKey()));
            }
        }));
        return calls;
    }
}
