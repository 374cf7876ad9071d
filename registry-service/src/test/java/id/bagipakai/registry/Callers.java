package id.bagipakai.registry;

import id.bagipakai.testsupport.Tokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests as the realm's callers: real Keycloak tokens, so the roles under test are the real ones. */
final class Callers {

    static RequestSpecification asOperator() {
        return given().auth().oauth2(Tokens.operator());
    }

    static RequestSpecification asAgency() {
        return given().auth().oauth2(Tokens.demoAgency());
    }

    private Callers() {
    }
}
