package id.bagipakai.eligibility;

import id.bagipakai.testsupport.Stack;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import id.bagipakai.testsupport.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import static id.bagipakai.eligibility.RegistryEvents.adult;
import static id.bagipakai.eligibility.RegistryEvents.poor;
import static id.bagipakai.eligibility.ResultEventsSeen.decision;
import static id.bagipakai.eligibility.ResultEventsSeen.strings;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * A switch of rule set replays the household topic, re-evaluates every household and publishes
 * only those whose eligibility really changed. Rule set {@code 2026.1-it} (test resources) is
 * 2026.1 with ATENSI narrowed to neglected elderly and homeless people.
 */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class RuleVersionReplayIT {

    private static final String VILLAGE = "33.01.01.2001";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void live() {
        RegistryEvents.awaitLive();
    }

    @AfterEach
    void backToTheDefaultRules() {
        if (!"2026.1".equals(evaluation().get("rulesVersion"))) {
            switchTo("2026.1");
        }
    }

    @Test
    void aRuleVersionChangeReplaysAndPublishesOnlyTheHouseholdsItChanges() throws Exception {
        String changes;
        String stays;
        try (TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS))) {
            changes = RegistryEvents.register(poor(VILLAGE, adult("HEAD", "MALE", "SCAVENGER")));
            stays = RegistryEvents.register(poor(VILLAGE, adult("HEAD", "FEMALE", "HOMELESS")));
            assertThat(decision(ResultEventsSeen.await(results, changes, "EligibilityChanged", 1), "ATENSI")
                    .get("eligible")).isEqualTo(true);
            assertThat(decision(ResultEventsSeen.await(results, stays, "EligibilityChanged", 1), "ATENSI")
                    .get("eligible")).isEqualTo(true);
        }

        try (TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS))) {
            switchTo("2026.1-it");

            GenericRecord changed = ResultEventsSeen.await(results, changes, "EligibilityChanged", 1);
            assertThat(changed.get("cause")).hasToString("RULES_CHANGED");
            assertThat(changed.get("rulesVersion")).hasToString("2026.1-it");
            assertThat(strings(changed.get("changedProgrammes"))).containsExactly("ATENSI");
            GenericRecord atensi = decision(changed, "ATENSI");
            assertThat(atensi.get("eligible")).isEqualTo(false);
            GenericRecord reason = (GenericRecord) ((java.util.List<?>) atensi.get("reasons")).getFirst();
            assertThat(reason.get("condition")).hasToString("a member who is neglected elderly or homeless");
            assertThat(reason.get("facts")).hasToString("no member is neglected elderly or homeless");

            // Everything the run concluded is on the topic once the outbox is empty: nothing about the other one.
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxRows() == 0);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() ->
                    ResultEventsSeen.of(results, stays, "EligibilityChanged").isEmpty()
                            && ResultEventsSeen.of(results, stays, "WelfareRankChanged").isEmpty()
                            && ResultEventsSeen.of(results, changes, "WelfareRankChanged").isEmpty());
        }

        try (TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS))) {
            switchTo("2026.1"); // and back: the same household changes back, and only it
            GenericRecord back = ResultEventsSeen.await(results, changes, "EligibilityChanged", 1);
            assertThat(back.get("rulesVersion")).hasToString("2026.1");
            assertThat(decision(back, "ATENSI").get("eligible")).isEqualTo(true);
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxRows() == 0);
            assertThat(ResultEventsSeen.of(results, stays, "EligibilityChanged")).isEmpty();
        }
    }

    @Test
    void anUnknownRuleVersionIsRefusedNamingTheField() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("modelVersion", "2026.1", "rulesVersion", "1999.9"))
                .put("/evaluation")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/rulesVersion"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("modelVersion", "../../etc", "rulesVersion", "2026.1"))
                .put("/evaluation")
                .then().statusCode(422).body("errors.pointer", hasItem("/modelVersion"));
        given().auth().oauth2(Tokens.demoAgency()).contentType(ContentType.JSON)
                .body(Map.of("modelVersion", "2026.1", "rulesVersion", "2026.1"))
                .put("/evaluation").then().statusCode(403);
    }

    private void switchTo(String rules) {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("modelVersion", "2026.1", "rulesVersion", rules))
                .put("/evaluation").then().statusCode(202);
        await("switch to rules " + rules).atMost(Duration.ofSeconds(120)).until(() -> {
            Map<String, Object> status = evaluation();
            return rules.equals(status.get("rulesVersion")) && Boolean.TRUE.equals(status.get("live"));
        });
    }

    private static Map<String, Object> evaluation() {
        return given().auth().oauth2(Tokens.operator()).get("/evaluation").then().statusCode(200).extract().jsonPath()
                .getMap("");
    }

    private long outboxRows() throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT count(*) FROM outbox_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
