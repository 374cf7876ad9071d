package id.bagipakai.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import id.bagipakai.testsupport.SseRecorder;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every release is on record before it is sent, append-only and hash-chained per agreement;
 * operators ask who received a person's data; pseudonymous agreements never see real ids.
 */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class DisclosureIT extends TestProducers {

    @TestHTTPResource("/agency/streams/household-events")
    URL stream;

    @Test
    void aReleaseIsOnRecordWithWhoWhatAndUnderWhichAgreementAndTheChainCatchesAnEdit() throws Exception {
        String agreement = PolicyEvents.agreement(avro, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71");
        String refusing = UUID.randomUUID().toString();
        PolicyEvents.refusal(avro, refusing, agreement);
        PolicyEvents.awaitKnown(agreement, 1);
        PolicyEvents.awaitLedger(refusing, 1);
        Households.Published household;
        try (SseRecorder sse = open()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> sse.lastEventId() != null);
            household = Households.publish(avro, "31.71.01.1001", refusing);
            Households.publish(avro, "31.71.01.1001", null);
            await().atMost(Duration.ofSeconds(20)).until(() -> Households.under(sse, agreement).size() == 2);
        } finally {
            PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71");
        }

        JsonPath siti = disclosures("memberId", household.sitiMemberId());
        assertThat(siti.getList("")).hasSize(1);
        assertThat(siti.getString("[0].agency")).isEqualTo(Tokens.DEMO_AGENCY);
        assertThat(siti.getString("[0].agreementId")).isEqualTo(agreement);
        assertThat(siti.getString("[0].householdId")).isEqualTo(household.householdId());
        assertThat(siti.getString("[0].deliveryPath")).isEqualTo("SSE");
        assertThat(siti.getList("[0].fields", String.class))
                .contains("/household/location/regionCode", "/household/members/*/name")
                .noneMatch(f -> f.contains("nik") || f.contains("kkNumber") || f.contains("address"));
        // The member who refused was not released, so nobody received her data.
        assertThat(disclosures("memberId", refusing).getList("")).isEmpty();

        JsonPath intact = verification(agreement);
        assertThat(intact.getBoolean("intact")).isTrue();
        assertThat(intact.getLong("verifiedRows")).isEqualTo(2);

        String url = Stack.jdbcUrl("gateway");
        try (var db = DriverManager.getConnection(url, Stack.infra().postgresUser(), "");
             var change = db.createStatement()) {
            assertThatThrownBy(() -> change.executeUpdate(
                    "DELETE FROM disclosure WHERE agreement_id = '" + agreement + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            // Someone with the table owner's rights goes around the trigger.
            db.setAutoCommit(false);
            change.execute("ALTER TABLE disclosure DISABLE TRIGGER disclosure_no_change");
            change.executeUpdate("UPDATE disclosure SET fields = ARRAY['/household/location/regionCode']"
                    + " WHERE agreement_id = '" + agreement + "' AND seq = 2");
            change.execute("ALTER TABLE disclosure ENABLE TRIGGER disclosure_no_change");
            db.commit();
        }
        JsonPath broken = verification(agreement);
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getLong("firstBrokenSeq")).isEqualTo(2);
        assertThat(broken.getString("problem")).contains("edited");
    }

    @Test
    void underAPseudonymousAgreementTheAgencySeesNoRealIdButTheLogKeepsThem() throws Exception {
        String agreement = UUID.randomUUID().toString();
        PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71", "PSEUDONYMOUS", List.of("SSE"));
        PolicyEvents.awaitKnown(agreement, 1);
        Households.Published first;
        Households.Published again;
        try (SseRecorder sse = open()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> sse.lastEventId() != null);
            first = Households.publish(avro, "31.71.01.1001", null);
            again = Households.publish(avro, "31.71.01.1001", null, first.householdId(), 2);
            await().atMost(Duration.ofSeconds(20)).until(() -> Households.under(sse, agreement).size() == 2);
            List<JsonNode> received = Households.under(sse, agreement);
            for (JsonNode r : received) {
                assertThat(r.toString()).doesNotContain(first.householdId(), first.sitiMemberId(), again.sitiMemberId(),
                        first.eventId(), again.eventId());
                assertThat(r.path("householdId").asText()).startsWith("p");
            }
            // The same household looks the same to this agency from one event to the next.
            assertThat(received.get(0).path("householdId").asText())
                    .isEqualTo(received.get(1).path("householdId").asText());
        } finally {
            PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71",
                    "PSEUDONYMOUS", List.of("SSE"));
        }
        JsonPath logged = disclosures("householdId", first.householdId());
        assertThat(logged.getList("")).hasSize(2);
        assertThat(logged.getList("memberIds.flatten()", String.class))
                .containsExactlyInAnyOrder(first.sitiMemberId(), again.sitiMemberId());
    }

    @Test
    void afterAKeyRotationTheAgencyGetsEachOldPseudonymsNewOne() throws Exception {
        String agreement = UUID.randomUUID().toString();
        PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "ACTIVE", 1, "31.71", "PSEUDONYMOUS", List.of("SSE"));
        PolicyEvents.awaitKnown(agreement, 1);
        String agency = Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET);
        try (SseRecorder sse = open()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> sse.lastEventId() != null);
            var household = Households.publish(avro, "31.71.01.1001", null);
            await().atMost(Duration.ofSeconds(20)).until(() -> Households.under(sse, agreement).size() == 1);
            String before = Households.under(sse, agreement).get(0).path("householdId").asText();

            int from = Integer.parseInt(before.substring(1, before.indexOf('_')));
            int to = given().auth().oauth2(Tokens.operator()).post("/operator/pseudonym-keys")
                    .then().statusCode(201).extract().jsonPath().getInt("current");
            JsonPath rekey = given().auth().oauth2(agency).queryParam("from", from).get("/agency/pseudonyms/rekey")
                    .then().statusCode(200).extract().jsonPath();
            String mapped = rekey.getString("households.'" + before + "'");
            assertThat(mapped).startsWith("p" + to + "_").isNotEqualTo(before);

            // The next version of the household arrives under its new pseudonym: the one the map gave.
            Households.publish(avro, "31.71.01.1001", null, household.householdId(), 2);
            await().atMost(Duration.ofSeconds(20)).until(() -> Households.under(sse, agreement).size() == 2);
            assertThat(Households.under(sse, agreement).get(1).path("householdId").asText()).isEqualTo(mapped);
        } finally {
            PolicyEvents.agreement(avro, agreement, Tokens.DEMO_AGENCY, "REVOKED", 2, "31.71",
                    "PSEUDONYMOUS", List.of("SSE"));
        }
        given().auth().oauth2(agency).queryParam("from", 999_999).get("/agency/pseudonyms/rekey")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyOperatorsAskWhoReceivedWhat() {
        given().auth().oauth2(Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET))
                .queryParam("memberId", "m1").get("/operator/disclosures").then().statusCode(403);
        given().get("/operator/disclosures/verification?agreementId=x").then().statusCode(401);
        given().auth().oauth2(Tokens.operator()).get("/operator/disclosures").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private SseRecorder open() {
        return SseRecorder.open(stream.toString(), Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET));
    }

    private static JsonPath disclosures(String by, String id) {
        return given().auth().oauth2(Tokens.operator()).queryParam(by, id).get("/operator/disclosures")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath verification(String agreementId) {
        return given().auth().oauth2(Tokens.operator()).queryParam("agreementId", agreementId)
                .get("/operator/disclosures/verification").then().statusCode(200).extract().jsonPath();
    }
}
