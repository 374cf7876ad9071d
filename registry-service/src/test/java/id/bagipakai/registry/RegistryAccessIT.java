package id.bagipakai.registry;

import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static id.bagipakai.registry.Callers.asAgency;
import static id.bagipakai.registry.Callers.asOperator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Real Keycloak tokens: the registry answers operators, lets agencies submit findings only, and refuses strangers. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class RegistryAccessIT {

    @Test
    void withoutATokenNothingButTheApiDescriptionAnswers() {
        given().contentType(ContentType.JSON).body("{}").post("/households").then().statusCode(401);
        given().get("/households/{id}", UUID.randomUUID()).then().statusCode(401);
        given().get("/findings").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/waves").then().statusCode(401);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void anAgencyMaySubmitFindingsButNotChangeOrReadTheRegistry() {
        LocalDate born = TestHouseholds.birthDate();
        String household = TestHouseholds.household(TestHouseholds.nik(born, false), born);
        asAgency().contentType(ContentType.JSON).body(household).post("/households").then().statusCode(403);
        asAgency().get("/findings").then().statusCode(403);
        asAgency().get("/households/{id}", UUID.randomUUID()).then().statusCode(403);
        asAgency().contentType(ContentType.JSON).body("{}").post("/findings/{id}/verify", UUID.randomUUID())
                .then().statusCode(403);
        asAgency().get("/imports/{id}", UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void aClientThatIsNotAnAgencyCannotSubmitFindings() {
        String integrator = Tokens.clientCredentials(Tokens.DEMO_INTEGRATOR, Tokens.DEMO_INTEGRATOR_SECRET);
        given().auth().oauth2(integrator).contentType(ContentType.JSON)
                .body("{\"kind\":\"PPKS_PERSON_FOUND\"}").post("/findings").then().statusCode(403);
    }

    @Test
    void changesAreRecordedUnderTheOperatorsName() {
        LocalDate born = TestHouseholds.birthDate();
        String id = asOperator().contentType(ContentType.JSON)
                .body(TestHouseholds.household(TestHouseholds.nik(born, false), born))
                .post("/households").then().statusCode(201).extract().path("id");
        asOperator().get("/households/{id}/history", id).then().statusCode(200)
                .body("[0].changedBy", equalTo(Tokens.OPERATOR));
    }
}
