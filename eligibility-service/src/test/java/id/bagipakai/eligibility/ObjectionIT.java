package id.bagipakai.eligibility;

import id.bagipakai.testsupport.Stack;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.bagipakai.eligibility.RegistryEvents.adult;
import static id.bagipakai.eligibility.RegistryEvents.poor;
import static id.bagipakai.eligibility.ResultEventsSeen.decision;
import static id.bagipakai.eligibility.ResultEventsSeen.strings;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** An objection (sanggahan) is recorded, routed to its regency's queue, decided by another operator, and published. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class ObjectionIT {

    private static final String VILLAGE = "33.02.01.2001";

    @BeforeEach
    void live() {
        RegistryEvents.awaitLive();
    }

    @Test
    void anUpheldObjectionChangesTheDecisionUntilTheHouseholdChanges() throws Exception {
        // Two adults, no child, no one pregnant, elderly or disabled: never PKH, whatever the desil.
        var state = poor(VILLAGE, adult("HEAD", "MALE"), adult("SPOUSE", "FEMALE"));
        try (TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS));
             TopicReader objections = TopicReader.fromEnd(Stack.topic(Topics.OBJECTIONS))) {
            String household = RegistryEvents.register(state);
            assertThat(decision(ResultEventsSeen.await(results, household, "EligibilityChanged", 1), "PKH")
                    .get("eligible")).isEqualTo(false);

            JsonPath filed = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                    .body(Map.of("householdId", household, "programme", "PKH", "claim", "WRONGLY_EXCLUDED",
                            "objectorKind", "VILLAGE_OFFICER", "objectorName", "Kepala Desa Sukamaju",
                            "grounds", "The wife is seven months pregnant; the survey missed it."))
                    .post("/objections")
                    .then().statusCode(201).body("status", equalTo("OPEN"))
                    .body("reviewQueue", equalTo("regency:33.02")).extract().jsonPath();
            String objection = filed.getString("id");
            GenericRecord recorded = awaitObjectionEvent(objections, household, "ObjectionRecorded");
            assertThat(recorded.get("objectionId")).hasToString(objection);
            assertThat(recorded.get("reviewQueue")).hasToString("regency:33.02");

            // Routed: it waits in its regency's queue for review.
            given().auth().oauth2(Tokens.operator2()).queryParam("queue", "regency:33.02").queryParam("status", "OPEN")
                    .get("/objections").then().statusCode(200).body("id", hasItem(objection));
            // Four eyes: who recorded it may not decide it.
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "UPHELD", "note", "checked"))
                    .post("/objections/{id}/decision", objection)
                    .then().statusCode(409).contentType("application/problem+json");

            given().auth().oauth2(Tokens.operator2()).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "UPHELD", "note", "Visited: pregnancy confirmed by the puskesmas."))
                    .post("/objections/{id}/decision", objection)
                    .then().statusCode(200).body("status", equalTo("UPHELD")).body("decidedBy", equalTo("operator2"));

            GenericRecord resolved = awaitObjectionEvent(objections, household, "ObjectionResolved");
            assertThat(resolved.get("outcome")).hasToString("UPHELD");
            assertThat(resolved.get("eligible")).isEqualTo(true);
            GenericRecord changed = ResultEventsSeen.await(results, household, "EligibilityChanged", 2);
            assertThat(changed.get("cause")).hasToString("OBJECTION_RESOLVED");
            assertThat(strings(changed.get("changedProgrammes"))).containsExactly("PKH");
            GenericRecord pkh = decision(changed, "PKH");
            assertThat(pkh.get("eligible")).isEqualTo(true);
            assertThat(pkh.get("objectionId")).hasToString(objection);
            assertThat(((List<?>) pkh.get("reasons")).stream().map(r -> ((GenericRecord) r).get("facts").toString()))
                    .anySatisfy(f -> assertThat(f).contains(objection).contains("upheld by operator2"));

            given().auth().oauth2(Tokens.operator()).get("/households/{id}", household).then().statusCode(200)
                    .body("programmes.find { it.programme == 'PKH' }.eligible", equalTo(true))
                    .body("programmes.find { it.programme == 'PKH' }.objectionId", equalTo(objection))
                    .body("objections.status", hasItems("UPHELD"));
            given().auth().oauth2(Tokens.operator2()).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "REJECTED", "note", "again"))
                    .post("/objections/{id}/decision", objection).then().statusCode(409);

            // New data from the registry: the objection was about the old data, the rules decide again.
            state.getMembers().getLast().setName("Siti");
            RegistryEvents.update(household, 2, state);
            GenericRecord again = ResultEventsSeen.await(results, household, "EligibilityChanged", 3);
            assertThat(again.get("cause")).hasToString("HOUSEHOLD_CHANGED");
            assertThat(decision(again, "PKH").get("eligible")).isEqualTo(false);
        }
    }

    @Test
    void aRejectedObjectionChangesNothingButIsPublished() throws Exception {
        try (TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS));
             TopicReader objections = TopicReader.fromEnd(Stack.topic(Topics.OBJECTIONS))) {
            String household = RegistryEvents.register(poor(VILLAGE, adult("HEAD", "FEMALE", "DESTITUTE")));
            ResultEventsSeen.await(results, household, "EligibilityChanged", 1);
            String objection = given().auth().oauth2(Tokens.operator2()).contentType(ContentType.JSON)
                    .body(Map.of("householdId", household, "programme", "ATENSI", "claim", "WRONGLY_INCLUDED",
                            "objectorKind", "NGO", "objectorName", "Yayasan Peduli", "grounds", "Moved to Jakarta."))
                    .post("/objections").then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "REJECTED", "note", "Still lives here."))
                    .post("/objections/{id}/decision", objection).then().statusCode(200);
            GenericRecord resolved = awaitObjectionEvent(objections, household, "ObjectionResolved");
            assertThat(resolved.get("outcome")).hasToString("REJECTED");
            assertThat(resolved.get("eligible")).isEqualTo(true);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                    ResultEventsSeen.of(results, household, "EligibilityChanged").size() == 1);
        }
    }

    @Test
    void badObjectionsGetProblemsNamingTheFields() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("householdId", java.util.UUID.randomUUID().toString(), "programme", "BLT",
                        "claim", "MAYBE", "objectorKind", "VILLAGE_OFFICER", "objectorName", "x"))
                .post("/objections")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/programme", "/claim", "/grounds"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("householdId", java.util.UUID.randomUUID().toString(), "programme", "PKH",
                        "claim", "WRONGLY_EXCLUDED", "objectorKind", "PERSON", "objectorName", "x", "grounds", "y"))
                .post("/objections")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of()).post("/objections").then().statusCode(401);
    }

    private static GenericRecord awaitObjectionEvent(TopicReader reader, String household, String type) {
        return await(type).atMost(Duration.ofSeconds(60)).until(() -> reader.poll().stream()
                        .filter(r -> household.equals(r.key())).map(ConsumerRecord::value).map(GenericRecord.class::cast)
                        .filter(e -> e.getSchema().getName().equals(type)).toList(), l -> !l.isEmpty())
                .getLast();
    }
}
