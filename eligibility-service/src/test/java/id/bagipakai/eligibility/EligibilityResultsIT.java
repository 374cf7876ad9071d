package id.bagipakai.eligibility;

import id.bagipakai.testsupport.Stack;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.bagipakai.eligibility.RegistryEvents.adult;
import static id.bagipakai.eligibility.RegistryEvents.child;
import static id.bagipakai.eligibility.RegistryEvents.poor;
import static id.bagipakai.eligibility.ResultEventsSeen.decision;
import static id.bagipakai.eligibility.ResultEventsSeen.strings;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Household events in, explained score, desil and eligibility events out, against the real stack. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class EligibilityResultsIT {

    private static final String VILLAGE = "33.01.01.2001";

    @BeforeEach
    void live() {
        RegistryEvents.awaitLive();
    }

    @Test
    void aHouseholdEventLeadsToExplainedScoreDesilAndEligibilityEvents() throws Exception {
        try (TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS))) {
            var state = poor(VILLAGE, adult("HEAD", "MALE"), adult("SPOUSE", "FEMALE", "SCAVENGER"), child(4));
            String id = RegistryEvents.register(state);

            GenericRecord rank = ResultEventsSeen.await(results, id, "WelfareRankChanged", 1);
            assertThat(rank.get("cause")).hasToString("HOUSEHOLD_CHANGED");
            assertThat(rank.get("householdVersion")).isEqualTo(1);
            assertThat(rank.get("regionCode")).hasToString(VILLAGE);
            assertThat(rank.get("previousDesils")).isNull();
            GenericRecord desils = (GenericRecord) rank.get("desils");
            assertThat((int) desils.get("national")).isBetween(1, 10);
            assertThat((int) desils.get("regency")).isBetween(1, 10);
            // The explanation is the whole score: its terms add up to it, and name the household's answers.
            @SuppressWarnings("unchecked")
            List<GenericRecord> terms = (List<GenericRecord>) rank.get("explanation");
            assertThat(terms.stream().mapToDouble(t -> (double) t.get("contribution")).sum())
                    .isCloseTo((double) rank.get("score"), within(1e-9));
            assertThat(terms).anySatisfy(t -> {
                assertThat(t.get("variable")).hasToString("floor");
                assertThat(t.get("value")).hasToString("EARTH");
                assertThat((double) t.get("contribution")).isNegative();
            });
            assertThat(strings(((List<?>) rank.get("subjects")).stream()
                    .map(s -> ((GenericRecord) s).get("memberId")).toList()))
                    .containsExactlyElementsOf(state.getMembers().stream().map(m -> m.getMemberId()).toList());

            GenericRecord eligibility = ResultEventsSeen.await(results, id, "EligibilityChanged", 1);
            assertThat(eligibility.get("rulesVersion")).hasToString("2026.1");
            assertThat(strings(eligibility.get("changedProgrammes")))
                    .containsExactlyInAnyOrder("PKH", "BPNT_SEMBAKO", "PBI_JKN", "PIP", "ATENSI");
            GenericRecord atensi = decision(eligibility, "ATENSI");
            assertThat(atensi.get("eligible")).isEqualTo(true);
            GenericRecord reason = (GenericRecord) ((List<?>) atensi.get("reasons")).getFirst();
            assertThat(reason.get("condition")).hasToString("a member who is in a PPKS category");
            assertThat(reason.get("facts").toString()).contains("member 2 is in PPKS category SCAVENGER");
            assertThat((int) eligibility.get("revision")).isEqualTo((int) rank.get("revision") + 1);

            // The read API says the same, with the rule and the facts behind every decision.
            JsonPath view = JsonPath.from(given().auth().oauth2(Tokens.operator()).get("/households/{id}", id)
                            .then().statusCode(200).extract().asString())
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE)); // not float: scores are doubles
            assertThat(view.getDouble("score.value")).isCloseTo((double) rank.get("score"), within(1e-9));
            assertThat(view.getInt("desils.national")).isEqualTo((int) desils.get("national"));
            assertThat(view.getInt("percentiles.national")).isBetween(1, 100);
            assertThat(view.getList("programmes.programme")).contains("PKH", "ATENSI");
            assertThat(view.getString("programmes.find { it.programme == 'PKH' }.reasons[0].condition"))
                    .isEqualTo("national desil ≤ 4");
            assertThat(view.getString("programmes.find { it.programme == 'PKH' }.reasons[1].facts"))
                    .contains("child 0–6");
        }
    }

    @Test
    void onlyChangesInSubstanceArePublished() throws Exception {
        try (TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS))) {
            var state = poor(VILLAGE, adult("HEAD", "FEMALE", "DESTITUTE"), adult("OTHER", "MALE"));
            String id = RegistryEvents.register(state);
            GenericRecord first = ResultEventsSeen.await(results, id, "EligibilityChanged", 1);
            assertThat(decision(first, "ATENSI").get("eligible")).isEqualTo(true);

            RegistryEvents.update(id, 2, state); // a new version that changes nothing that matters
            state.getMembers().getFirst().setPpks(List.of());
            RegistryEvents.update(id, 3, state); // no PPKS member any more: ATENSI goes (the score stays)
            RegistryEvents.update(id, 2, state); // a stale repeat: ignored

            GenericRecord second = ResultEventsSeen.await(results, id, "EligibilityChanged", 2);
            assertThat(second.get("householdVersion")).isEqualTo(3);
            assertThat(strings(second.get("changedProgrammes"))).containsExactly("ATENSI");
            assertThat(decision(second, "ATENSI").get("eligible")).isEqualTo(false);
            // Version 2 published nothing: every event after the first ones is about version 3.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(results.poll().stream().filter(r -> id.equals(r.key()))
                            .map(r -> ((GenericRecord) r.value()).get("householdVersion")).toList())
                            .doesNotContain(2));
            assertThat(given().auth().oauth2(Tokens.operator()).get("/households/{id}", id)
                    .then().statusCode(200).extract().jsonPath().getInt("householdVersion")).isEqualTo(3);
        }
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndReadingGoesOn() throws Exception {
        try (TopicReader deadLetters = TopicReader.rawFromEnd(Stack.deadLetterOf(Topics.HOUSEHOLD_EVENTS));
             TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS))) {
            String key = "poison-" + UUID.randomUUID();
            try (var raw = new KafkaProducer<String, byte[]>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, id.bagipakai.testsupport.Stack.infra().kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
                raw.send(new ProducerRecord<>(Stack.topic(Topics.HOUSEHOLD_EVENTS), key, "not avro".getBytes(StandardCharsets.UTF_8))).get();
            }
            String after = RegistryEvents.register(poor(VILLAGE, adult("HEAD", "MALE")));

            await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters.poll().stream().anyMatch(r ->
                    key.equals(r.key()) && "eligibility-household-events".equals(header(r.headers().lastHeader("dlq.consumer")))));
            ResultEventsSeen.await(results, after, "WelfareRankChanged", 1);
        }
    }

    @Test
    void distributionsCountHouseholdsAndPersonsPerDesilAndProgramme() throws Exception {
        // A village of its own per run: the counts before and after differ by exactly what this test added.
        String village = "94.%02d.01.2%03d".formatted(10 + (int) (Math.random() * 80), (int) (Math.random() * 1000));
        String regency = village.substring(0, 5);
        JsonPath before = distribution(regency);
        try (TopicReader results = TopicReader.fromEnd(Stack.topic(Topics.ELIGIBILITY_RESULTS))) {
            String a = RegistryEvents.register(poor(village, adult("HEAD", "MALE", "HOMELESS"), child(3)));
            String b = RegistryEvents.register(poor(village, adult("HEAD", "FEMALE"), adult("OTHER", "MALE"),
                    adult("OTHER", "FEMALE")));
            ResultEventsSeen.await(results, a, "EligibilityChanged", 1);
            ResultEventsSeen.await(results, b, "EligibilityChanged", 1);
        }
        JsonPath after = distribution(regency);
        assertThat(after.getLong("households") - before.getLong("households")).isEqualTo(2);
        assertThat(after.getLong("persons") - before.getLong("persons")).isEqualTo(5);
        assertThat(after.getList("desils.households", Long.class).stream().mapToLong(Long::longValue).sum())
                .isEqualTo(after.getLong("households"));
        assertThat(eligible(after, "ATENSI") - eligible(before, "ATENSI")).isEqualTo(1);

        given().auth().oauth2(Tokens.operator()).queryParam("region", "3x").get("/distributions")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/distributions").then().statusCode(401);
        given().auth().oauth2(Tokens.demoAgency()).get("/distributions").then().statusCode(403);
    }

    private static JsonPath distribution(String region) {
        return given().auth().oauth2(Tokens.operator()).queryParam("region", region).get("/distributions")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long eligible(JsonPath distribution, String programme) {
        return distribution.getLong("programmes.find { it.programme == '" + programme + "' }.eligibleHouseholds");
    }

    private static String header(Header h) {
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
