package id.bagipakai.gateway;

import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Past its quota an agency gets 429 with Retry-After (quota-test-agency: 0.5 requests/s, burst 3, in %test). */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class QuotaIT {

    @TestHTTPResource("/agency/streams/household-events")
    URL stream;

    @Test
    void beyondItsQuotaAnAgencyIsToldToComeBackLater() {
        String token = Tokens.clientCredentials("quota-test-agency", "quota-test-agency-dev-secret");
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // A cursor that cannot be parsed: cheap, and a 400 once past the quota.
            answers.add(given().auth().oauth2(token).queryParam("cursor", "x").get(stream + "/records"));
        }
        assertThat(answers).extracting(Response::statusCode).containsExactly(400, 400, 400, 429, 429);
        Response refused = answers.get(3);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);
    }
}
