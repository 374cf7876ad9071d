package id.bagipakai.registry;

import id.bagipakai.testsupport.Stack;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.registry.repository.HouseholdRepository;
import id.bagipakai.registry.service.RegionCatalog;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.bagipakai.registry.Callers.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Against real PostgreSQL, Kafka and Apicurio: a registration is stored and published once. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class HouseholdRegistrationIT {

    @Inject
    HouseholdRepository households;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    RegionCatalog regions;

    @Test
    void aRegisteredHouseholdIsPublishedAsAvroEventKeyedByItsId() {
        LocalDate born = TestHouseholds.birthDate();
        String nik = TestHouseholds.nik(born, false);
        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            String id = asOperator().contentType(ContentType.JSON)
                    .body(TestHouseholds.household(nik, born))
                    .when().post("/households")
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .header("ETag", equalTo("\"1\""))
                    .body("version", equalTo(1))
                    .body("household.location.regionCode", equalTo(TestHouseholds.VILLAGE))
                    .body("household.members", hasSize(3))
                    .body("household.members.memberId", everyItem(notNullValue()))
                    .body("household.members[1].noNik.reason", equalTo("REFUSED_ON_BELIEF_OR_CUSTOM"))
                    .body("household.members[1].noNik.alternativeIds[0].value", equalTo("AL-17"))
                    .extract().path("id");

            List<ConsumerRecord<String, Object>> mine = await().atMost(Duration.ofSeconds(20))
                    .until(() -> topic.poll().stream().filter(r -> id.equals(r.key())).toList(), l -> !l.isEmpty());

            assertThat(mine).hasSize(1);
            GenericRecord event = (GenericRecord) mine.getFirst().value();
            assertThat(event.getSchema().getFullName()).isEqualTo(HouseholdRegistered.getClassSchema().getFullName());
            assertThat(event.get("householdId")).hasToString(id);
            assertThat(event.get("version")).isEqualTo(1);
            // The event carries the full new state, in the document's shape.
            GenericRecord household = (GenericRecord) event.get("household");
            assertThat(((GenericRecord) household.get("location")).get("regionCode")).hasToString(TestHouseholds.VILLAGE);
            assertThat(household.get("kkNumber")).hasToString("1101010101010001");
            List<?> members = (List<?>) household.get("members");
            assertThat(members).hasSize(3);
            GenericRecord head = (GenericRecord) members.get(0);
            assertThat(head.get("nik")).hasToString(nik);
            GenericRecord spouse = (GenericRecord) members.get(1);
            assertThat(((GenericRecord) spouse.get("noNik")).get("reason")).hasToString("REFUSED_ON_BELIEF_OR_CUSTOM");
            GenericRecord child = (GenericRecord) members.get(2);
            assertThat((List<?>) child.get("ppks")).extracting(Object::toString).containsExactly("NEGLECTED_CHILD");
            assertThat(((GenericRecord) ((GenericRecord) household.get("housing"))).get("roof")).hasToString("ZINC");
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxRowsOf(id) == 0);
            asOperator().when().get("/households/" + id).then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("household.location.address", equalTo("Jl. Keude 1"))
                    .body("household.members[2].ppks", contains("NEGLECTED_CHILD"));
            asOperator().when().get("/households/" + id + "/history").then().statusCode(200)
                    .body("version", contains(1))
                    .body("reason", contains("registered"));
            asOperator().when().get("/households/" + id + "/versions/1").then().statusCode(200)
                    .body("household.members[0].nik", equalTo(nik));
        }
    }

    @Test
    void aNikAlreadyLinkedToSomeoneIsA409NamingThem() {
        LocalDate born = TestHouseholds.birthDate();
        String nik = TestHouseholds.nik(born, true);
        String first = asOperator().contentType(ContentType.JSON).body(TestHouseholds.household(nik, born))
                .when().post("/households").then().statusCode(201).extract().path("id");
        String holder = asOperator().when().get("/households/" + first).then().extract().path("household.members[0].memberId");
        long before = QuarkusTransaction.requiringNew().call(() -> households.count());

        asOperator().contentType(ContentType.JSON).body(TestHouseholds.household(nik, born))
                .when().post("/households")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/members/0/nik"))
                .body("errors[0].detail", containsString(holder))
                .body("errors[0].detail", containsString(first));

        assertThat(QuarkusTransaction.requiringNew().call(() -> households.count())).isEqualTo(before);
    }

    @Test
    void invalidFieldsAreNamedInAProblemAndNothingIsWritten() {
        long before = QuarkusTransaction.requiringNew().call(() -> households.count());

        asOperator().contentType(ContentType.JSON)
                .body("""
                        {"kkNumber":"12AB","location":{"regionCode":"Aceh"},
                         "members":[{"name":"","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1970}]}""")
                .when().post("/households")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.pointer", containsInAnyOrder("/location/regionCode", "/kkNumber", "/members/0/name"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> households.count())).isEqualTo(before);
    }

    @Test
    void aVillageOrKkDistrictThatDoesNotExistIsNamed() {
        long before = QuarkusTransaction.requiringNew().call(() -> households.count());

        asOperator().contentType(ContentType.JSON)
                .body("""
                        {"kkNumber":"7302990101010001","location":{"regionCode":"73.02.06.9999"},
                         "members":[{"name":"Ammatoa","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1950,
                                     "noNik":{"reason":"REFUSED_ON_BELIEF_OR_CUSTOM"}}]}""")
                .when().post("/households")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/location/regionCode", "/kkNumber"))
                .body("errors.detail", hasItem("no village has code 73.02.06.9999"))
                .body("errors.detail", hasItem("district 73.02.99 does not exist"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> households.count())).isEqualTo(before);
    }

    @Test
    void theRegionCatalogHoldsTheOfficialCodes() {
        // 38 provinces, 514 regencies/cities, 7,285 districts, 83,762 villages (Kepmendagri 2025)
        assertThat(regions.size()).isEqualTo(38 + 514 + 7_285 + 83_762);
        assertThat(regions.exists("73.02.06")).isTrue();
        assertThat(regions.isVillage("11.01.01.2001")).isTrue();
        assertThat(regions.isVillage("11.01.01")).isFalse();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        asOperator().contentType(ContentType.JSON).body("{}")
                .when().post("/households")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/location"))
                .body("errors.pointer", hasItem("/members"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() {
        asOperator().contentType(ContentType.JSON).body("{\"location\": ")
                .when().post("/households")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void anUnknownHouseholdIsA404Problem() {
        asOperator().when().get("/households/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void healthAndOpenApiAreServed() {
        asOperator().when().get("/q/health/ready").then().statusCode(200);
        asOperator().when().get("/q/openapi").then().statusCode(200);
    }

    /** Rows of the household still waiting in the outbox: the relay deletes them once Kafka has them. */
    private long outboxRowsOf(String householdId) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE message_key = ?")) {
            query.setString(1, householdId);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
