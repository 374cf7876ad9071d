package id.bagipakai.consent;

import id.bagipakai.testsupport.StackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static id.bagipakai.consent.TestApi.agreementBody;
import static id.bagipakai.consent.TestApi.as;
import static id.bagipakai.consent.TestApi.operator1;
import static id.bagipakai.consent.TestApi.registerNgo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** Invalid agreements are refused with 422, naming each failing field by JSON pointer. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "consent"))
class AgreementValidationIT {

    @Test
    void unknownFieldsRegionsCategoriesAndEventTypesAreNamed() {
        String agency = registerNgo("Yayasan Validasi").id();
        var body = agreementBody(agency);
        body.withArray("fields").add("/members/*/password");                   // /fields/3
        body.withArray("regionScope").add("99.99");                           // /regionScope/1
        body.withArray("ppksCategories").add("UNICORN");                       // /ppksCategories/1
        body.withArray("eventTypes").add("HouseholdDeleted");                  // /eventTypes/4
        body.put("purpose", "MARKETING");

        as(operator1()).body(body.toString()).post("/agreements").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/fields/3", "/regionScope/1", "/ppksCategories/1",
                        "/eventTypes/4", "/purpose"));
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsNamedOnValidUntil() {
        var body = agreementBody(registerNgo("Yayasan Jendela").id())
                .put("validFrom", Instant.now().plus(30, ChronoUnit.DAYS).toString())
                .put("validUntil", Instant.now().plus(10, ChronoUnit.DAYS).toString());

        as(operator1()).body(body.toString()).post("/agreements").then().statusCode(422)
                .body("errors.size()", equalTo(1)).body("errors[0].pointer", equalTo("/validUntil"));
    }

    @Test
    void anUnknownAgencyAndAMissingRetentionAreNamed() {
        var body = agreementBody(UUID.randomUUID().toString());
        body.remove("retention");
        as(operator1()).body(body.toString()).post("/agreements").then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/retention"));

        as(operator1()).body(agreementBody(UUID.randomUUID().toString()).toString()).post("/agreements")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/agencyId"));
    }

    @Test
    void retentionMayBeGivenInDays() {
        String agency = registerNgo("Yayasan Retensi").id();
        as(operator1()).body(agreementBody(agency).put("retention", 90).toString()).post("/agreements")
                .then().statusCode(201).body("retention", equalTo("P90D")).body("status", equalTo("DRAFT"))
                .body("ppksCategories[0]", equalTo("VICTIM_OF_DRUG_ABUSE"));
    }
}
