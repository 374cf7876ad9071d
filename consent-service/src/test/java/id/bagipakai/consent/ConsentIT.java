package id.bagipakai.consent;

import id.bagipakai.testsupport.Stack;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.consent.RegistryEvents.Person;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static id.bagipakai.consent.TestApi.JSON;
import static id.bagipakai.consent.TestApi.activeAgreement;
import static id.bagipakai.consent.TestApi.as;
import static id.bagipakai.consent.TestApi.operator1;
import static id.bagipakai.consent.TestApi.registerNgo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** People's answers against real PostgreSQL, Kafka, Apicurio and Keycloak. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "consent"))
class ConsentIT {

    /** An answer with its evidence, about one agreement. */
    static ObjectNode answer(String agreementId, String state) {
        ObjectNode body = JSON.createObjectNode().put("agreementId", agreementId).put("state", state);
        body.putObject("evidence").put("channel", "PAPER_FORM").put("documentReference", "FORM-" + UUID.randomUUID());
        return body;
    }

    @Test
    void aWithdrawalAppearsOnTheCompactedTopicWithTheWholeLedger() throws Exception {
        String agreement = activeAgreement(registerNgo("consent").id());
        Person person = Person.adult("VICTIM_OF_DRUG_ABUSE");
        RegistryEvents.register("32.73.01.1001", person);

        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.MEMBER_CONSENTS))) {
            String granted = as(operator1()).body(answer(agreement, "GRANTED").toString())
                    .post("/members/{id}/consents", person.memberId()).then().statusCode(201)
                    .body("state", equalTo("GRANTED")).body("recordedBy", equalTo(Tokens.OPERATOR))
                    .body("evidence.channel", equalTo("PAPER_FORM"))
                    .extract().path("id");
            String withdrawn = as(operator1()).body(answer(agreement, "WITHDRAWN").toString())
                    .post("/members/{id}/consents", person.memberId()).then().statusCode(201)
                    .extract().path("id");

            GenericRecord ledger = await().atMost(Duration.ofSeconds(20)).until(
                    () -> latestFor(topic.poll(), person.memberId()),
                    r -> r != null && withdrawn.equals(r.get("changedConsentId").toString()));
            assertThat(ledger.get("revision")).isEqualTo(2);
            @SuppressWarnings("unchecked")
            List<GenericRecord> entries = (List<GenericRecord>) ledger.get("consents");
            assertThat(entries).extracting(e -> e.get("consentId").toString()).containsExactly(granted, withdrawn);
            assertThat(entries).extracting(e -> e.get("state").toString()).containsExactly("GRANTED", "WITHDRAWN");
            assertThat(entries.get(1).get("agreementId").toString()).isEqualTo(agreement);
        }
        // The topic is compacted: the gateway rebuilds every ledger from its latest record per member.
        assertThat(TopicConfigs.cleanupPolicy(Stack.topic(Topics.MEMBER_CONSENTS))).isEqualTo("compact");

        as(operator1()).get("/members/{id}/consents", person.memberId()).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.contains("WITHDRAWN", "GRANTED"));
    }

    @Test
    void aChildsGrantNeedsAGuardianButARefusalDoesNot() throws Exception {
        String agreement = activeAgreement(registerNgo("guardian").id());
        Person child = Person.child("CHILD_WITH_DISABILITY");
        RegistryEvents.register("32.73.01.1001", child);

        as(operator1()).body(answer(agreement, "GRANTED").toString())
                .post("/members/{id}/consents", child.memberId()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/guardian"));
        as(operator1()).body(answer(agreement, "REFUSED").toString())
                .post("/members/{id}/consents", child.memberId()).then().statusCode(201);

        ObjectNode withGuardian = answer(agreement, "GRANTED");
        withGuardian.putObject("guardian").put("name", "Ibu Rina").put("relationship", "MOTHER")
                .put("documentReference", "KK-COPY-7");
        as(operator1()).body(withGuardian.toString())
                .post("/members/{id}/consents", child.memberId()).then().statusCode(201)
                .body("guardian.name", equalTo("Ibu Rina"));
    }

    @Test
    void badAnswersAreRefusedNamingEachField() throws Exception {
        String agreement = activeAgreement(registerNgo("bad").id());
        Person person = Person.adult();
        RegistryEvents.register("32.73.01.1001", person);

        ObjectNode both = answer(agreement, "MAYBE").put("purpose", "RESEARCH")
                .put("givenAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        ((ObjectNode) both.get("evidence")).put("channel", "CARRIER_PIGEON").remove("documentReference");
        as(operator1()).body(both.toString()).post("/members/{id}/consents", person.memberId()).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/agreementId", "/state", "/givenAt",
                        "/evidence/channel", "/evidence/witness"));

        as(operator1()).body(JSON.createObjectNode().put("purpose", "RESEARCH").put("state", "GRANTED").toString())
                .post("/members/{id}/consents", person.memberId()).then().statusCode(422)
                .body("errors.pointer", hasItem("/evidence"));
        as(operator1()).body(answer(UUID.randomUUID().toString(), "GRANTED").toString())
                .post("/members/{id}/consents", person.memberId()).then().statusCode(422)
                .body("errors.pointer", hasItem("/agreementId"));
        // Nothing granted yet in this scope: nothing to withdraw.
        as(operator1()).body(answer(agreement, "WITHDRAWN").toString())
                .post("/members/{id}/consents", person.memberId()).then().statusCode(409)
                .contentType("application/problem+json");
        as(operator1()).body(answer(agreement, "GRANTED").toString())
                .post("/members/{id}/consents", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyOperatorsRecordOrReadConsents() throws Exception {
        String member = UUID.randomUUID().toString();
        String body = answer(UUID.randomUUID().toString(), "GRANTED").toString();
        given().contentType("application/json").body(body).post("/members/{id}/consents", member)
                .then().statusCode(401);
        as(Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET)).body(body)
                .post("/members/{id}/consents", member).then().statusCode(403);
        as(Tokens.clientCredentials(Tokens.DEMO_AGENCY, Tokens.DEMO_AGENCY_SECRET))
                .get("/members/{id}", member).then().statusCode(403);
    }

    @Test
    void thePersonsViewSaysWhichAgreementsReachThemAndWhetherTheirDataFlows() throws Exception {
        String agency = registerNgo("view").id();
        String agreement = activeAgreement(agency); // public task, Kota Bandung, drug-abuse victims
        Person inScope = Person.adult("VICTIM_OF_DRUG_ABUSE");
        Person elsewhere = Person.adult("VICTIM_OF_DRUG_ABUSE");
        RegistryEvents.register("32.73.01.1001", inScope);
        RegistryEvents.register("31.71.01.1001", elsewhere);

        // Specific PPKS without explicit consent: covered, but nothing flows.
        as(operator1()).get("/members/{id}", inScope.memberId()).then().statusCode(200)
                .body("member.regionCode", equalTo("32.73.01.1001"))
                .body("agreements.find { it.agreementId == '" + agreement + "' }.flowsNow", equalTo(false))
                .body("agreements.find { it.agreementId == '" + agreement + "' }.reason",
                        equalTo("SPECIFIC_PPKS_WITHOUT_CONSENT"))
                .body("disclosures.source", equalTo("sharing-gateway"))
                .body("disclosures.items.size()", equalTo(0));

        as(operator1()).body(answer(agreement, "GRANTED").toString())
                .post("/members/{id}/consents", inScope.memberId()).then().statusCode(201);
        as(operator1()).get("/members/{id}", inScope.memberId()).then().statusCode(200)
                .body("agreements.find { it.agreementId == '" + agreement + "' }.flowsNow", equalTo(true))
                .body("agreements.find { it.agreementId == '" + agreement + "' }.consent", equalTo("GRANTED"))
                .body("agreements.find { it.agreementId == '" + agreement + "' }.fields",
                        hasItem("/members/*/ppks"))
                .body("agreements.find { it.agreementId == '" + agreement + "' }.reason", nullValue())
                .body("consents.size()", equalTo(1));

        // Outside the agreement's region: it does not reach them at all.
        as(operator1()).get("/members/{id}", elsewhere.memberId()).then().statusCode(200)
                .body("agreements.agreementId", org.hamcrest.Matchers.not(hasItem(agreement)));
    }

    @Test
    void aHouseholdEventTheDirectoryCannotReadIsParkedAndTheDirectoryGoesOn() throws Exception {
        try (TopicReader dlq = TopicReader.rawFromEnd(Stack.deadLetterOf(Topics.HOUSEHOLD_EVENTS))) {
            String poisonKey = "poison-" + UUID.randomUUID();
            RegistryEvents.sendRaw(poisonKey, new byte[] {0, 1, 2, 3});
            Person person = Person.adult();
            RegistryEvents.register("32.73.01.1001", person); // waits until the directory knows them

            var parked = await().atMost(Duration.ofSeconds(20)).until(() -> dlq.poll().stream()
                    .filter(r -> poisonKey.equals(r.key()))
                    .filter(r -> "consent-household-events".equals(header(r, "dlq.consumer")))
                    .findFirst(), java.util.Optional::isPresent).orElseThrow();
            assertThat(header(parked, "dlq.source")).startsWith(Stack.topic(Topics.HOUSEHOLD_EVENTS) + "/");
        }
    }

    private static String header(ConsumerRecord<String, Object> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static GenericRecord latestFor(List<ConsumerRecord<String, Object>> records, String memberId) {
        GenericRecord latest = null;
        for (ConsumerRecord<String, Object> r : records) {
            if (memberId.equals(r.key())) {
                latest = (GenericRecord) r.value();
            }
        }
        return latest;
    }
}
