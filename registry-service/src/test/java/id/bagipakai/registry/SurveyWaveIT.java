package id.bagipakai.registry;

import id.bagipakai.testsupport.Stack;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.bagipakai.registry.Callers.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Survey waves against real PostgreSQL, Kafka and Apicurio: an uploaded file becomes households,
 * versions and events; rejected rows land in a downloadable report naming each failing field.
 */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class SurveyWaveIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GOOD = 30;

    @Test
    void anNdjsonWaveRegistersItsHouseholdsPublishesThemAndReportsEachRejectedRow() throws Exception {
        String wave = createWave();
        LocalDate born = TestHouseholds.birthDate();
        String takenNik = TestHouseholds.nik(born, false);
        asOperator().contentType(ContentType.JSON).body(TestHouseholds.household(takenNik, born))
                .post("/households").then().statusCode(201);

        List<String> lines = new ArrayList<>();
        Set<String> heads = new HashSet<>();
        String firstNik = null;
        for (int i = 0; i < GOOD; i++) {
            LocalDate b = TestHouseholds.birthDate();
            String nik = TestHouseholds.nik(b, false);
            firstNik = firstNik == null ? nik : firstNik;
            ObjectNode row = household(nik, b, "good-" + i);
            heads.add(row.path("members").path(0).path("name").asText());
            lines.add(row.toString());
            if (i == 10) {
                lines.add(""); // blank lines are skipped, not counted
            }
        }
        ObjectNode badNik = household("1234", born, "bad-nik");                        // row 31
        ObjectNode unknownField = household(null, born, "bad-field");                   // row 33
        unknownField.put("lokasi", "typo");
        ObjectNode repeated = household(firstNik, born, "repeated-nik");                // row 34
        ObjectNode taken = household(takenNik, born, "taken-nik");                      // row 35
        ObjectNode nowhere = household(null, born, "bad-region");                       // row 36
        ((ObjectNode) nowhere.path("location")).put("regionCode", "99.99.99.9999");
        lines.addAll(List.of(badNik.toString(), "{not json", unknownField.toString(), repeated.toString(),
                taken.toString(), nowhere.toString()));

        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            String location = asOperator().contentType("application/x-ndjson").body(bytes(String.join("\n", lines) + "\n"))
                    .queryParam("fileName", "kab-aceh-selatan.ndjson")
                    .when().post("/waves/{code}/imports", wave)
                    .then().statusCode(202)
                    .body("status", equalTo("QUEUED"))
                    .body("fileName", equalTo("kab-aceh-selatan.ndjson"))
                    .header("Location", containsString("/imports/"))
                    .extract().header("Location");

            JsonPath job = awaitDone(location);
            assertThat(job.getLong("rowsRead")).isEqualTo(GOOD + 6);
            assertThat(job.getLong("accepted")).isEqualTo(GOOD);
            assertThat(job.getLong("rejected")).isEqualTo(6);
            assertThat(job.getLong("published")).isEqualTo(GOOD);
            assertThat(job.getMap("timingsMillis")).containsKeys("read", "prepare", "write");

            Map<String, GenericRecord> registered = new HashMap<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, Object> r : topic.poll()) {
                    GenericRecord event = (GenericRecord) r.value();
                    String head = ((GenericRecord) ((List<?>) ((GenericRecord) event.get("household")).get("members"))
                            .getFirst()).get("name").toString();
                    if (heads.contains(head)) {
                        registered.put(r.key(), event);
                    }
                }
                return registered.size() >= GOOD;
            });
            assertThat(registered).hasSize(GOOD);
            assertThat(registered.values()).allSatisfy(e ->
                    assertThat(e.getSchema().getName()).isEqualTo("HouseholdRegistered"));

            String someId = registered.keySet().iterator().next();
            asOperator().get("/households/{id}/history", someId).then().statusCode(200)
                    .body("[0].reason", containsString("survey wave " + wave));
        }

        String report = asOperator().accept("application/x-ndjson").get("/imports/{id}/errors", idOf(location(wave)))
                .then().statusCode(200).extract().asString();
        List<JsonPath> rejected = report.lines().map(JsonPath::from).toList();
        assertThat(rejected).extracting(r -> r.getString("ref")).containsExactly(
                "bad-nik", null, "bad-field", "repeated-nik", "taken-nik", "bad-region");
        assertThat(rejected).extracting(r -> r.getLong("row")).containsExactly(31L, 32L, 33L, 34L, 35L, 36L);
        assertThat(rejected.get(0).getList("errors.pointer")).contains("/members/0/nik");
        assertThat(rejected.get(1).getString("errors[0].detail")).startsWith("is not JSON");
        assertThat(rejected.get(1).getLong("line")).isEqualTo(GOOD + 3); // after the blank line
        assertThat(rejected.get(2).getList("errors.pointer")).containsExactly("/lokasi");
        assertThat(rejected.get(3).getString("errors[0].detail")).isEqualTo("is also given in row 1 of this upload");
        assertThat(rejected.get(4).getString("errors[0].detail")).startsWith("is already linked to member");
        assertThat(rejected.get(5).getList("errors.pointer")).contains("/location/regionCode");

        asOperator().accept("text/csv").get("/imports/{id}/errors", idOf(location(wave))).then().statusCode(200)
                .body(startsWith("row,line,ref,pointer,detail\r\n"))
                .body(containsString("33,34,bad-field,/lokasi,"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCsvWaveRegistersNewHouseholdsUpdatesKnownOnesAndNamesTheLineAndColumnOfAnError() throws Exception {
        String wave = createWave();
        LocalDate born = TestHouseholds.birthDate();
        JsonPath existing = asOperator().contentType(ContentType.JSON)
                .body(TestHouseholds.household(TestHouseholds.nik(born, false), born))
                .post("/households").then().statusCode(201).extract().jsonPath();
        String existingId = existing.getString("id");
        List<Map<String, Object>> members = existing.getList("household.members");

        String head = TestHouseholds.uniqueName();
        String child = TestHouseholds.uniqueName();
        StringBuilder csv = new StringBuilder(
                "ref,householdId,expectedVersion,location.regionCode,location.address,housing.floor,programmesReceived[],"
                        + "member.memberId,member.name,member.nik,member.relationship,member.sex,member.birthDate,"
                        + "member.estimatedBirthYear,member.noNik.reason,member.ppks[]\r\n");
        LocalDate headBorn = TestHouseholds.birthDate();
        csv.append("A-1,,,11.01.01.2001,\"Jl. Keude 7, Tapaktuan\",EARTH,PKH;BPNT_SEMBAKO,,").append(head).append(',')
                .append(TestHouseholds.nik(headBorn, false)).append(",HEAD,MALE,").append(headBorn).append(",,,\r\n");
        csv.append("A-1,,,,,,,,").append(child).append(",,CHILD,FEMALE,,2016,NOT_YET_RECORDED,NEGLECTED_CHILD;STREET_CHILD\r\n");
        csv.append("B-1,,,11.01.01.2001,Jl. Salah,,,,").append(TestHouseholds.uniqueName())
                .append(",,HEAD,X,,1970,NOT_YET_RECORDED,\r\n");                                                   // line 4: bad sex
        for (int i = 0; i < members.size(); i++) {
            Map<String, Object> m = members.get(i);
            csv.append("C-1,").append(existingId).append(",1,").append(i == 0 ? "11.01.01.2001,Jl. Baru 9," : ",,")
                    .append(",,").append(m.get("memberId")).append(',').append(m.get("name")).append(',')
                    .append(m.get("nik") == null ? "" : m.get("nik")).append(',').append(m.get("relationship"))
                    .append(',').append(m.get("sex")).append(',').append(m.get("birthDate") == null ? "" : m.get("birthDate"))
                    .append(',').append(m.get("estimatedBirthYear") == null ? "" : m.get("estimatedBirthYear"))
                    .append(',').append(m.get("noNik") == null ? "" : ((Map<?, ?>) m.get("noNik")).get("reason"))
                    .append(',').append(m.get("ppks") == null ? "" : String.join(";", (List<String>) m.get("ppks")))
                    .append("\r\n");
        }

        String location;
        String newId;
        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            location = asOperator().contentType("text/csv").body(bytes(csv.toString()))
                    .when().post("/waves/{code}/imports", wave)
                    .then().statusCode(202).body("format", equalTo("CSV")).extract().header("Location");
            newId = awaitHouseholdWithHead(topic, head);
        }
        asOperator().get("/households/{id}", newId).then().statusCode(200)
                .body("household.location.address", equalTo("Jl. Keude 7, Tapaktuan"))
                .body("household.programmesReceived", org.hamcrest.Matchers.containsInAnyOrder("PKH", "BPNT_SEMBAKO"))
                .body("household.members.size()", equalTo(2))
                .body("household.members[1].noNik.reason", equalTo("NOT_YET_RECORDED"))
                .body("household.members[1].ppks", org.hamcrest.Matchers.containsInAnyOrder("NEGLECTED_CHILD", "STREET_CHILD"));
        JsonPath job = awaitDone(location);
        assertThat(job.getLong("accepted")).isEqualTo(2);
        assertThat(job.getLong("rejected")).isEqualTo(1);

        asOperator().get("/households/{id}", existingId).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("household.location.address", equalTo("Jl. Baru 9"));
        asOperator().get("/households/{id}/history", existingId).then()
                .body("[1].reason", containsString("survey wave " + wave))
                .body("[1].reason", containsString("ref C-1"));

        String report = asOperator().accept("application/x-ndjson").get(location + "/errors").then().statusCode(200)
                .extract().asString();
        JsonPath error = JsonPath.from(report.strip());
        assertThat(error.getString("ref")).isEqualTo("B-1");
        assertThat(error.getLong("line")).isEqualTo(4);
        assertThat(error.getString("errors[0].pointer")).isEqualTo("/members/0/sex");
        assertThat(error.getString("errors[0].detail")).endsWith("(line 4, column member.sex)");

        asOperator().get("/waves/{code}", wave).then().statusCode(200)
                .body("imports[0].id", equalTo(idOf(location)))
                .body("imports[0].accepted", equalTo(2));
    }

    @Test
    void aPersonWithoutNikArrivingInAWaveIsSearchedForDuplicatesAfterTheImport() throws Exception {
        String wave = createWave();
        String surname = TestHouseholds.uniqueName();
        String household = """
                {"location":{"regionCode":"74.71.01.1005"},
                 "members":[{"name":"%s","relationship":"HEAD","sex":"MALE","estimatedBirthYear":1961,
                             "noNik":{"reason":"LOST_DOCUMENTS"}},
                            {"name":"%s","relationship":"SPOUSE","sex":"FEMALE","estimatedBirthYear":%d,
                             "noNik":{"reason":"DOCUMENTS_DENIED"}}]}""";
        String registered = asOperator().contentType(ContentType.JSON)
                .body(household.formatted(TestHouseholds.uniqueName(), "Wa Ode Sitti Rahmah " + surname, 1970))
                .post("/households").then().statusCode(201).extract().path("household.members[1].memberId");
        String head = TestHouseholds.uniqueName();
        String row = JSON.readTree(household.formatted(head, "Waode Siti Rahma " + surname, 1971)).toString();

        String arrived;
        try (TopicReader topic = TopicReader.fromEnd(Stack.topic(Topics.HOUSEHOLD_EVENTS))) {
            asOperator().contentType("application/x-ndjson").body(bytes(row + "\n"))
                    .post("/waves/{code}/imports", wave).then().statusCode(202);
            arrived = awaitHouseholdWithHead(topic, head);
        }
        String spouse = asOperator().get("/households/{id}", arrived).then().extract().path("household.members[1].memberId");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asOperator().queryParam("memberId", spouse)
                .get("/duplicates").then().statusCode(200).body("otherMemberId", hasItem(registered)));
    }

    @Test
    void badUploadsAreRefusedWithProblemDetails() {
        String wave = createWave();
        asOperator().contentType("text/csv").body("ref,location.region code,member.name\r\nA,1,x\r\n")
                .post("/waves/{code}/imports", wave)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/header/1"));
        asOperator().contentType("text/csv").body("location.regionCode,member.name\r\n11.01.01.2001,x\r\n")
                .post("/waves/{code}/imports", wave)
                .then().statusCode(422).body("errors.pointer", hasItem("/header"));
        asOperator().contentType("application/x-ndjson").body(new byte[0])
                .post("/waves/{code}/imports", wave)
                .then().statusCode(422).body("errors[0].detail", equalTo("the upload is empty"));
        asOperator().contentType("application/x-ndjson").body(bytes("{}\n"))
                .post("/waves/{code}/imports", "NO-SUCH-WAVE-" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        asOperator().contentType("application/xml").body(bytes("<households/>"))
                .post("/waves/{code}/imports", wave)
                .then().statusCode(415).contentType("application/problem+json");
        asOperator().contentType(ContentType.JSON).body("{\"code\":\"" + wave + "\",\"name\":\"again\"}")
                .post("/waves").then().statusCode(409).body("errors[0].pointer", equalTo("/code"));
        asOperator().contentType(ContentType.JSON).body("{\"code\":\"has space\",\"name\":\"x\",\"startsOn\":\"2026-02-01\","
                        + "\"endsOn\":\"2026-01-01\"}")
                .post("/waves").then().statusCode(422).body("errors.pointer", hasItem("/code"));
        asOperator().contentType(ContentType.JSON).body("{\"code\":\"W-" + UUID.randomUUID() + "\",\"name\":\"x\","
                        + "\"startsOn\":\"2026-02-01\",\"endsOn\":\"2026-01-01\"}")
                .post("/waves").then().statusCode(422).body("errors[0].pointer", equalTo("/endsOn"));
    }

    private static String awaitHouseholdWithHead(TopicReader topic, String head) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (ConsumerRecord<String, Object> r : topic.poll()) {
                GenericRecord event = (GenericRecord) r.value();
                List<?> members = (List<?>) ((GenericRecord) event.get("household")).get("members");
                if (head.equals(((GenericRecord) members.getFirst()).get("name").toString())) {
                    found[0] = r.key();
                }
            }
            return found[0] != null;
        });
        return found[0];
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String createWave() {
        String code = "IT-" + UUID.randomUUID();
        asOperator().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Test wave\",\"startsOn\":\"2026-11-01\",\"endsOn\":\"2026-12-31\"}")
                .post("/waves").then().statusCode(201).body("code", equalTo(code));
        return code;
    }

    private static String location(String wave) {
        return "/imports/" + asOperator().get("/waves/{code}", wave).then().extract().jsonPath().getString("imports[0].id");
    }

    private static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonPath awaitDone(String location) {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                asOperator().get(location).then().statusCode(200).extract().jsonPath().getBoolean("done"));
        JsonPath job = asOperator().get(location).then().extract().jsonPath();
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        return job;
    }

    /** A valid household as one NDJSON object, with the uploader's reference. */
    private static ObjectNode household(String headNik, LocalDate born, String ref) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(TestHouseholds.household(
                headNik == null ? TestHouseholds.nik(born, false) : headNik, born));
        node.remove("kkNumber");
        node.put("ref", ref);
        return node;
    }
}
