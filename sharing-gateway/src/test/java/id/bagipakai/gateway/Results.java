package id.bagipakai.gateway;

import id.bagipakai.testsupport.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.eligibility.Desils;
import id.bagipakai.contracts.eligibility.EligibilityChanged;
import id.bagipakai.contracts.eligibility.ProgrammeDecision;
import id.bagipakai.contracts.eligibility.Reason;
import id.bagipakai.contracts.eligibility.ScoreTerm;
import id.bagipakai.contracts.eligibility.Subject;
import id.bagipakai.contracts.eligibility.WelfareRankChanged;
import id.bagipakai.testsupport.SseRecorder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Eligibility results as eligibility-service publishes them, on the real topic; and finding them on a stream. */
final class Results {

    static final String WELFARE_RANK = "WelfareRankChanged";
    static final String ELIGIBILITY = "EligibilityChanged";

    /** What was published: its household, its event id and its subjects. */
    record Published(String householdId, String eventId, int revision, List<String> subjects) {
    }

    /** A household's welfare rank about {@code subjects} (member ids), in {@code regionCode} (null: none). */
    static Published welfareRank(KafkaProducer<String, Object> avro, String householdId, int revision,
                                 String regionCode, List<String> subjects) throws Exception {
        String eventId = UUID.randomUUID().toString();
        WelfareRankChanged event = WelfareRankChanged.newBuilder()
                .setEventId(eventId).setHouseholdId(householdId).setRevision(revision)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).setHouseholdVersion(1)
                .setCause("HOUSEHOLD_CHANGED").setRegionCode(regionCode).setSubjects(subjects(subjects))
                .setScore(13.25).setModelVersion("pmt-test").setStratum("31 urban")
                .setDesils(desils(2)).setPreviousDesils(desils(3))
                .setExplanation(List.of(
                        ScoreTerm.newBuilder().setVariable("floor").setValue("EARTH").setCoefficient(-0.12)
                                .setContribution(-0.12).build(),
                        ScoreTerm.newBuilder().setVariable("disabledMembers").setValue("1").setCoefficient(-0.05)
                                .setContribution(-0.05).build()))
                .build();
        avro.send(new ProducerRecord<>(Stack.topic(Topics.ELIGIBILITY_RESULTS), householdId, event)).get();
        return new Published(householdId, eventId, revision, subjects);
    }

    /** A household's programme eligibility about {@code subjects}; ATENSI decided after an upheld objection. */
    static Published eligibility(KafkaProducer<String, Object> avro, String householdId, int revision,
                                 String regionCode, List<String> subjects, String objectionId) throws Exception {
        String eventId = UUID.randomUUID().toString();
        EligibilityChanged event = EligibilityChanged.newBuilder()
                .setEventId(eventId).setHouseholdId(householdId).setRevision(revision)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).setHouseholdVersion(1)
                .setCause("HOUSEHOLD_CHANGED").setRegionCode(regionCode).setSubjects(subjects(subjects))
                .setRulesVersion("rules-test").setModelVersion("pmt-test").setDesils(desils(2))
                .setDecisions(List.of(
                        ProgrammeDecision.newBuilder().setProgramme("PKH").setEligible(true)
                                .setReasons(List.of(Reason.newBuilder().setCondition("national desil <= 4").setMet(true)
                                        .setFacts("desil 2 <= 4").build())).build(),
                        ProgrammeDecision.newBuilder().setProgramme("ATENSI").setEligible(true)
                                .setReasons(List.of(Reason.newBuilder().setCondition("a member with a disability")
                                        .setMet(true).setFacts("member 1: walking, a lot of difficulty").build()))
                                .setObjectionId(objectionId).build()))
                .setChangedProgrammes(List.of("PKH", "ATENSI"))
                .build();
        avro.send(new ProducerRecord<>(Stack.topic(Topics.ELIGIBILITY_RESULTS), householdId, event)).get();
        return new Published(householdId, eventId, revision, subjects);
    }

    /** The results on the stream released under that agreement, in arrival order. */
    static List<JsonNode> under(SseRecorder sse, String agreementId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (SseRecorder.Event e : sse.events()) {
            if (WELFARE_RANK.equals(e.name()) || ELIGIBILITY.equals(e.name())) {
                JsonNode data = Households.JSON.readTree(e.data());
                if (agreementId.equals(data.path("agreementId").asText())) {
                    found.add(data);
                }
            }
        }
        return found;
    }

    /** The result of that type of that household released under that agreement, or null. */
    static JsonNode find(SseRecorder sse, String agreementId, String eventType, String householdId) throws Exception {
        return under(sse, agreementId).stream()
                .filter(r -> eventType.equals(r.path("eventType").asText())
                        && householdId.equals(r.path("householdId").asText()))
                .findFirst().orElse(null);
    }

    /** Adults, one of them in a PPKS category. */
    private static List<Subject> subjects(List<String> ids) {
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            subjects.add(Subject.newBuilder().setMemberId(ids.get(i)).setBirthDate(LocalDate.of(1980 + i, 1, 1))
                    .setPpks(i == 0 ? List.of("PERSON_WITH_DISABILITY") : List.of()).build());
        }
        return subjects;
    }

    private static Desils desils(int desil) {
        return Desils.newBuilder().setNational(desil).setProvince(desil).setRegency(desil).build();
    }

    private Results() {
    }
}
