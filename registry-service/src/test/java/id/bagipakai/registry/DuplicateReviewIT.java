package id.bagipakai.registry;

import id.bagipakai.testsupport.Stack;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.bagipakai.registry.Callers.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** People without a NIK: likely duplicates are flagged with a score, and only an operator decides. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class DuplicateReviewIT {

    /** A head and, as spouse, the person who may be registered twice. */
    private static String household(String spouse, int spouseBirthYear) {
        return """
                {"location":{"regionCode":"74.71.01.1005"},
                 "members":[{"name":"%s","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1961,
                             "noNik":{"reason":"LOST_DOCUMENTS"}},
                            {"name":"%s","relationship":"SPOUSE","sex":"FEMALE","estimatedBirthYear":%d,
                             "noNik":{"reason":"DOCUMENTS_DENIED"}}]}"""
                .formatted(TestHouseholds.uniqueName(), spouse, spouseBirthYear);
    }

    private static String register(String body) {
        return asOperator().contentType(ContentType.JSON).body(body).when().post("/households")
                .then().statusCode(201).extract().path("household.members[1].memberId");
    }

    private static Map<String, Object> candidateFor(String memberId) {
        List<Map<String, Object>> open = asOperator().queryParam("memberId", memberId).when().get("/duplicates")
                .then().statusCode(200).extract().path("$");
        assertThat(open).as("open candidates of %s", memberId).hasSize(1);
        return open.getFirst();
    }

    @Test
    void aLikelyDuplicateIsFlaggedAndMergedOnlyByAnOperator() {
        String surname = TestHouseholds.uniqueName();
        String first = register(household("Wa Ode Sitti Rahmah " + surname, 1970));
        String second = register(household("Waode Siti Rahma " + surname, 1971));

        Map<String, Object> candidate = candidateFor(second);
        assertThat(candidate.get("otherMemberId")).isEqualTo(first);
        assertThat((Float) candidate.get("score")).isGreaterThanOrEqualTo(0.65f);
        assertThat((List<?>) candidate.get("reasons")).isNotEmpty();
        String household = (String) candidate.get("householdId");
        // Flagged, not merged: both people are still in their households.
        asOperator().get("/households/" + household).then().body("household.members", hasSize(2));

        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            asOperator().contentType(ContentType.JSON).body("{\"note\":\"same person, checked with the village head\"}")
                    .when().post("/duplicates/" + candidate.get("id") + "/merge")
                    .then().statusCode(200).body("status", equalTo("MERGED"));

            List<String> types = await().atMost(Duration.ofSeconds(20)).until(() -> topic.poll().stream()
                    .filter(r -> household.equals(r.key()))
                    .map(r -> ((GenericRecord) r.value()).getSchema().getName()).toList(), l -> l.size() >= 2);
            assertThat(types).containsExactly("MemberLeft", "DuplicateReviewed");
        }
        asOperator().get("/households/" + household).then().body("household.members", hasSize(1));
        asOperator().contentType(ContentType.JSON).when().post("/duplicates/" + candidate.get("id") + "/merge")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aDismissedPairLeavesTheQueueAndBothRecordsStay() {
        String surname = TestHouseholds.uniqueName();
        register(household("Yohana Wenda " + surname, 1988));
        String second = register(household("Yohanna Wendah " + surname, 1988));
        Map<String, Object> candidate = candidateFor(second);

        asOperator().contentType(ContentType.JSON).body("{\"note\":\"sisters\"}")
                .when().post("/duplicates/" + candidate.get("id") + "/dismiss")
                .then().statusCode(200).body("status", equalTo("DISMISSED")).body("note", equalTo("sisters"));

        List<?> stillOpen = asOperator().queryParam("memberId", second).get("/duplicates").then().extract().path("$");
        assertThat(stillOpen).isEmpty();
        asOperator().get("/households/" + candidate.get("householdId")).then().body("household.members", hasSize(2));
    }

    @Test
    void peopleWithDifferentNamesAreNotFlagged() {
        String second;
        register(household(TestHouseholds.uniqueName(), 1975));
        second = register(household(TestHouseholds.uniqueName(), 1975));

        List<?> open = asOperator().queryParam("memberId", second).get("/duplicates").then().extract().path("$");
        assertThat(open).isEmpty();
    }
}
