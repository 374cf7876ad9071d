package id.bagipakai.consent;

import id.bagipakai.consent.TestApi.Registered;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.ClientRepresentation;

import java.util.UUID;

import static id.bagipakai.consent.TestApi.agencyBody;
import static id.bagipakai.consent.TestApi.as;
import static id.bagipakai.consent.TestApi.operator1;
import static id.bagipakai.consent.TestApi.registerNgo;
import static id.bagipakai.consent.TestApi.rolesOfNewToken;
import static id.bagipakai.consent.TestApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Agencies become Keycloak clients that can get client-credentials tokens, and nothing else. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "consent"))
class AgencyProvisioningIT {

    @Test
    void aRegisteredAgencyGetsAClientCredentialsTokenWithTheAgencyRole() {
        String name = unique("Yayasan Peduli NAPZA");
        String token = operator1();
        var created = as(token).body(agencyBody(name, "NGO").toString())
                .when().post("/agencies")
                .then().statusCode(201).header("Location", containsString("/agencies/"))
                .body("agency.name", equalTo(name)).body("agency.status", equalTo("ACTIVE"))
                .body("agency.createdBy", equalTo(Tokens.OPERATOR))
                .body("credentials.clientId", equalTo(name.toLowerCase().replace(' ', '-')))
                .body("credentials.clientSecret", notNullValue())
                .extract();
        Registered agency = new Registered(created.path("agency.id"), created.path("credentials.clientId"),
                created.path("credentials.clientSecret"));

        assertThat(rolesOfNewToken(agency)).contains("agency").noneMatch(r -> r.startsWith("stream:"));
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(Stack.infra().keycloakUrl())
                .realm(Stack.realm()).grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId("consent-service").clientSecret("consent-service-dev-secret").build()) {
            ClientRepresentation client = admin.realm(Stack.realm()).clients()
                    .findByClientId(agency.clientId()).getFirst();
            // client credentials and nothing else
            assertThat(client.isPublicClient()).isFalse();
            assertThat(client.isServiceAccountsEnabled()).isTrue();
            assertThat(client.isStandardFlowEnabled()).isFalse();
            assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
            assertThat(client.isImplicitFlowEnabled()).isFalse();
        }
        as(token).get("/agencies/" + agency.id()).then().statusCode(200)
                .body("clientId", equalTo(agency.clientId())).body("contact.email", equalTo("sari@example.org"))
                .body("$", not(hasKey("clientSecret")));
        as(token).get("/agencies").then().statusCode(200).body("id", hasItem(agency.id()));
        // the same name again is a conflict, and Keycloak keeps only the first client
        as(token).body(agencyBody(name, "NGO").toString()).post("/agencies")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].pointer", equalTo("/name"));
    }

    @Test
    void aGivenClientIdAndARegionalOfficesRegionAreUsedAndChecked() {
        String token = operator1();
        String clientId = "dinsos-" + unique("x").substring(2);
        var body = agencyBody(unique("Dinas Sosial Kota Bandung"), "REGIONAL_OFFICE").put("clientId", clientId)
                .put("regionCode", "32.73");
        as(token).body(body.toString()).post("/agencies").then().statusCode(201)
                .body("agency.regionCode", equalTo("32.73")).body("credentials.clientId", equalTo(clientId));

        as(token).body(agencyBody(unique("Dinas Sosial"), "REGIONAL_OFFICE").toString()).post("/agencies")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/regionCode"));
        as(token).body(agencyBody(unique("Dinas Sosial"), "REGIONAL_OFFICE").put("regionCode", "99.99").toString())
                .post("/agencies").then().statusCode(422).body("errors[0].pointer", equalTo("/regionCode"));
        as(token).body(agencyBody(unique("Yayasan"), "NGO").put("clientId", "Not Valid").toString())
                .post("/agencies").then().statusCode(422).body("errors[0].pointer", equalTo("/clientId"));
        // an existing Keycloak client cannot be taken over
        as(token).body(agencyBody(unique("Imposter"), "NGO").put("clientId", "consent-service").toString())
                .post("/agencies").then().statusCode(409).body("errors[0].pointer", equalTo("/clientId"));
    }

    @Test
    void rotatingTheSecretRetiresTheOldOne() {
        Registered agency = registerNgo("Yayasan Rotasi");
        assertThat(rolesOfNewToken(agency)).contains("agency");

        String newSecret = as(operator1()).post("/agencies/" + agency.id() + "/secret")
                .then().statusCode(200).body("clientId", equalTo(agency.clientId()))
                .extract().path("clientSecret");

        assertThat(newSecret).isNotEqualTo(agency.secret());
        assertThatThrownBy(() -> Tokens.clientCredentials(agency.clientId(), agency.secret()))
                .hasMessageContaining("Keycloak refused");
        assertThat(rolesOfNewToken(new Registered(agency.id(), agency.clientId(), newSecret))).contains("agency");
    }

    @Test
    void aSuspendedAgencyGetsNoTokenUntilReinstated() {
        Registered agency = registerNgo("Yayasan Skors");
        String token = operator1();

        as(token).post("/agencies/" + agency.id() + "/suspend").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        assertThatThrownBy(() -> Tokens.clientCredentials(agency.clientId(), agency.secret()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Keycloak refused");
        as(token).post("/agencies/" + agency.id() + "/suspend").then().statusCode(409);

        as(token).post("/agencies/" + agency.id() + "/reinstate").then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertThat(rolesOfNewToken(agency)).contains("agency");
    }

    @Test
    void onlyOperatorsMayCallIt() {
        String body = agencyBody(unique("Tanpa Izin"), "NGO").toString();
        String agencyToken = Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET);

        given().contentType(ContentType.JSON).body(body).post("/agencies").then().statusCode(401);
        as(agencyToken).body(body).post("/agencies").then().statusCode(403);
        given().get("/agencies").then().statusCode(401);
        as(agencyToken).get("/agencies").then().statusCode(403);
        as(agencyToken).post("/agreements/" + UUID.randomUUID() + "/approve").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/agreements").then().statusCode(401);
    }

    @Test
    void invalidAgenciesAreNamedFieldByField() {
        as(operator1()).body("{\"kind\":\"NGO\",\"contact\":{\"name\":\"\",\"email\":\"not-an-address\"}}")
                .post("/agencies").then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/name", "/contact/name", "/contact/email"));
    }
}
