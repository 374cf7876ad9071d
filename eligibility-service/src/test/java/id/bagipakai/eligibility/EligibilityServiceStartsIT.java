package id.bagipakai.eligibility;

import id.bagipakai.testsupport.Schemas;
import id.bagipakai.testsupport.StackTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Boots on the real PostgreSQL: Flyway migrates the schema, health and OpenAPI answer. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class EligibilityServiceStartsIT {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void isReadyWithItsMigratedSchema() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200);
        Schemas.assertMigrated(dataSource, "2", "household_input", "household_result", "objection", "evaluation_state",
                "outbox_event");
    }
}
