package id.bagipakai.registry;

import id.bagipakai.testsupport.Stack;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static id.bagipakai.registry.Callers.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Every change is a version with who/when/why, guarded by If-Match, and published in order. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class HouseholdVersioningIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExtractableResponse<Response> register() {
        LocalDate born = TestHouseholds.birthDate();
        return asOperator().contentType(ContentType.JSON).body(TestHouseholds.household(TestHouseholds.nik(born, false), born))
                .when().post("/households").then().statusCode(201).extract();
    }

    /** The update body: the current document with a change applied. */
    private static String update(ExtractableResponse<Response> current, String reason,
                                 java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode household = (ObjectNode) JSON.readTree(current.asString()).path("household");
        change.accept(household);
        return JSON.createObjectNode().put("reason", reason).set("household", household).toString();
    }

    @Test
    void anUpdateIsANewVersionOnlyWithTheVersionReadAndIsPublishedWithWhatChanged() throws Exception {
        var created = register();
        String id = created.path("id");
        String body = update(created, "field visit wave 2", h -> {
            ((ObjectNode) h.path("location")).put("address", "Jl. Baru 9");
            ((ArrayNode) h.path("members")).addObject().put("name", "Bayi").put("relationship", "CHILD")
                    .put("sex", "MALE").put("birthDate", LocalDate.now().minusMonths(2).toString());
        });

        asOperator().contentType(ContentType.JSON).body(body).when().put("/households/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        asOperator().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).when().put("/households/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("detail", containsString("version 1"));

        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            asOperator().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).when().put("/households/" + id)
                    .then().statusCode(200).header("ETag", "\"2\"")
                    .body("version", equalTo(2))
                    .body("household.members", hasSize(4))
                    .body("household.location.address", equalTo("Jl. Baru 9"));

            GenericRecord event = awaitEvent(topic, id, "HouseholdUpdated");
            assertThat(event.get("version")).isEqualTo(2);
            assertThat(event.get("reason")).hasToString("field visit wave 2");
            assertThat((List<?>) event.get("changedPaths")).extracting(Object::toString)
                    .contains("/location/address", "/members/3");
        }
        asOperator().when().get("/households/" + id + "/history").then().statusCode(200)
                .body("version", contains(1, 2))
                .body("reason", contains("registered", "field visit wave 2"));
        asOperator().when().get("/households/" + id + "/versions/1").then().statusCode(200)
                .body("household.location.address", equalTo("Jl. Keude 1"));
        // The same document again changes nothing: no version 3.
        asOperator().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(update(asOperator().get("/households/" + id).then().extract(), "no change", h -> { }))
                .when().put("/households/" + id).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void aMemberCannotDisappearByOmissionOnlyByLeavingWithAReason() throws Exception {
        var created = register();
        String id = created.path("id");
        String spouse = created.path("household.members[1].memberId");
        String head = created.path("household.members[0].memberId");

        asOperator().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(update(created, "drop spouse", h -> ((ArrayNode) h.path("members")).remove(1)))
                .when().put("/households/" + id)
                .then().statusCode(422).body("errors.pointer", hasItem("/members"))
                .body("errors.detail", hasItem(containsString(spouse)));

        asOperator().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"reason\":\"MOVED\"}")
                .when().post("/households/" + id + "/members/" + head + "/leave")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/memberId"));

        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            asOperator().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body("{\"reason\":\"DECEASED\",\"note\":\"village statement 12/2026\"}")
                    .when().post("/households/" + id + "/members/" + spouse + "/leave")
                    .then().statusCode(200).header("ETag", "\"2\"").body("household.members", hasSize(2));

            GenericRecord event = awaitEvent(topic, id, "MemberLeft");
            assertThat(event.get("memberId")).hasToString(spouse);
            assertThat(event.get("reason")).hasToString("DECEASED");
            assertThat((List<?>) ((GenericRecord) event.get("household")).get("members")).hasSize(2);
        }
        asOperator().when().get("/households/" + id + "/versions/1").then().body("household.members", hasSize(3));
    }

    @Test
    void aNikIsLinkedLaterWithHistoryAndNeverToTwoPeople() throws Exception {
        var created = register();
        String id = created.path("id");
        String spouse = created.path("household.members[1].memberId");
        String othersNik = register().path("household.members[0].nik");
        String nik = TestHouseholds.nik(LocalDate.of(1982, 3, 4), true);

        asOperator().contentType(ContentType.JSON).body("{\"nik\":\"" + othersNik + "\"}")
                .when().post("/members/" + spouse + "/nik")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].pointer", equalTo("/nik"));

        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            asOperator().contentType(ContentType.JSON).body("{\"nik\":\"" + nik + "\"}")
                    .when().post("/members/" + spouse + "/nik")
                    .then().statusCode(200).body("version", equalTo(2))
                    .body("household.members[1].nik", equalTo(nik))
                    .body("household.members[1].noNik", nullValue());

            GenericRecord event = awaitEvent(topic, id, "NikLinked");
            assertThat(event.get("memberId")).hasToString(spouse);
        }
        asOperator().when().get("/households/" + id + "/versions/1").then()
                .body("household.members[1].noNik.reason", equalTo("REFUSED_ON_BELIEF_OR_CUSTOM"));
    }

    private static GenericRecord awaitEvent(TopicReader topic, String householdId, String type) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> topic.poll().stream()
                        .filter(r -> householdId.equals(r.key()))
                        .map(ConsumerRecord::value).map(GenericRecord.class::cast)
                        .filter(v -> v.getSchema().getName().equals(type))
                        .findFirst().orElse(null),
                java.util.Objects::nonNull);
    }
}
