package id.bagipakai.registry;

import id.bagipakai.testsupport.Stack;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.Topics;
import id.bagipakai.registry.repository.HouseholdRepository;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static id.bagipakai.registry.Callers.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Two-way sharing: a partner's finding changes nothing until an operator verifies it. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class FindingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    HouseholdRepository households;

    private static String finding(String kind, String householdId, String household) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("kind", kind).put("submittedBy", "yayasan-peduli-napza")
                .put("evidenceReference", "case 2026/117").put("note", "found during outreach");
        if (householdId != null) {
            body.put("householdId", householdId);
        }
        body.set("household", JSON.readTree(household));
        return body.toString();
    }

    @Test
    void aMissingPersonFoundByAPartnerEntersTheRegistryOnlyOnceVerified() throws Exception {
        LocalDate born = TestHouseholds.birthDate();
        String proposed = TestHouseholds.household(TestHouseholds.nik(born, false), born);
        long before = QuarkusTransaction.requiringNew().call(() -> households.count());

        // An agency's finding carries the agency's own identity, whatever the body claims.
        String id = Callers.asAgency().contentType(ContentType.JSON).body(finding("PERSON_MISSING_FROM_REGISTRY", null, proposed))
                .when().post("/findings")
                .then().statusCode(202).header("Location", containsString("/findings/"))
                .body("status", equalTo("PENDING")).body("submittedBy", equalTo("service-account-demo-agency"))
                .extract().path("id");
        assertThat(QuarkusTransaction.requiringNew().call(() -> households.count())).isEqualTo(before);
        asOperator().get("/findings").then().body("id", hasItem(id));

        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            String household = asOperator().contentType(ContentType.JSON).body("{\"note\":\"checked by the village\"}")
                    .when().post("/findings/" + id + "/verify")
                    .then().statusCode(200).body("status", equalTo("VERIFIED"))
                    .body("resultingHousehold", notNullValue()).body("resultingVersion", equalTo(1))
                    .extract().path("resultingHousehold");

            await().atMost(Duration.ofSeconds(20)).until(() -> topic.poll().stream().anyMatch(r ->
                    household.equals(r.key())
                            && ((GenericRecord) r.value()).getSchema().getName().equals("HouseholdRegistered")));
            asOperator().get("/households/" + household + "/history").then()
                    .body("reason[0]", containsString("finding " + id))
                    .body("reason[0]", containsString("case 2026/117"))
                    .body("reason[0]", containsString("service-account-demo-agency"))
                    .body("changedBy[0]", equalTo("operator1"));
        }
        asOperator().contentType(ContentType.JSON).when().post("/findings/" + id + "/verify")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRejectedChangeLeavesTheHouseholdAsItWas() throws Exception {
        LocalDate born = TestHouseholds.birthDate();
        var created = asOperator().contentType(ContentType.JSON)
                .body(TestHouseholds.household(TestHouseholds.nik(born, true), born))
                .when().post("/households").then().statusCode(201).extract();
        String household = created.path("id");
        ObjectNode changed = (ObjectNode) JSON.readTree(created.asString()).path("household");
        ((ObjectNode) changed.path("location")).put("address", "Pindah ke kolong jembatan");

        // An operator may record a partner's (paper) finding, naming the partner.
        String id = asOperator().contentType(ContentType.JSON)
                .body(finding("HOUSEHOLD_CHANGED", household, changed.toString()))
                .when().post("/findings").then().statusCode(202)
                .body("submittedBy", equalTo("yayasan-peduli-napza (recorded by operator1)"))
                .extract().path("id");
        asOperator().contentType(ContentType.JSON).body("{\"note\":\"not confirmed\"}")
                .when().post("/findings/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("decisionNote", equalTo("not confirmed"));

        asOperator().get("/households/" + household).then().body("version", equalTo(1))
                .body("household.location.address", equalTo("Jl. Keude 1"));
    }

    @Test
    void aChangeFindingMustNameItsHousehold() throws Exception {
        LocalDate born = TestHouseholds.birthDate();
        asOperator().contentType(ContentType.JSON)
                .body(finding("HOUSEHOLD_CHANGED", null, TestHouseholds.household(TestHouseholds.nik(born, false), born)))
                .when().post("/findings")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/householdId"));
    }
}
