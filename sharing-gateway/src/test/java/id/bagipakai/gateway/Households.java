package id.bagipakai.gateway;

import id.bagipakai.testsupport.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.testsupport.SseRecorder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Household events as the registry publishes them, on the real topic; and finding them on a stream. */
final class Households {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SITI_NIK = "3171014101900001";
    static final String KK = "3171012345678901";

    /** What was published: the household and its first member (Siti). */
    record Published(String householdId, String sitiMemberId, String eventId) {
    }

    /** A household in {@code regionCode} with Siti (specific PPKS) and, if given, a member who refused. */
    static Published publish(KafkaProducer<String, Object> avro, String regionCode, String refusingMemberId)
            throws Exception {
        return publish(avro, regionCode, refusingMemberId, UUID.randomUUID().toString(), 1);
    }

    /** Version {@code version} of household {@code householdId}. */
    static Published publish(KafkaProducer<String, Object> avro, String regionCode, String refusingMemberId,
                             String householdId, int version) throws Exception {
        return publish(avro, regionCode, refusingMemberId, householdId, version, UUID.randomUUID().toString());
    }

    /** The same, with Siti's member id given (to publish a later version of the same people). */
    static Published publish(KafkaProducer<String, Object> avro, String regionCode, String otherMemberId,
                             String householdId, int version, String siti) throws Exception {
        String refusingMemberId = otherMemberId;
        List<HouseholdMember> members = new ArrayList<>();
        members.add(HouseholdMember.newBuilder().setMemberId(siti)
                .setName("Siti").setNik(SITI_NIK).setRelationship("HEAD").setSex("FEMALE")
                .setBirthDate(LocalDate.of(1990, 1, 1)).setPpks(List.of("VICTIM_OF_VIOLENCE")).build());
        if (refusingMemberId != null) {
            members.add(HouseholdMember.newBuilder().setMemberId(refusingMemberId).setName("Budi")
                    .setRelationship("SPOUSE").setSex("MALE").setBirthDate(LocalDate.of(1988, 2, 2))
                    .setPpks(List.of()).build());
        }
        String eventId = UUID.randomUUID().toString();
        HouseholdRegistered event = HouseholdRegistered.newBuilder()
                .setEventId(eventId)
                .setHouseholdId(householdId)
                .setVersion(version)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setHousehold(HouseholdState.newBuilder().setKkNumber(KK)
                        .setLocation(Location.newBuilder().setRegionCode(regionCode).setAddress("Jl. Rahasia 7").build())
                        .setMembers(members)
                        .build())
                .build();
        avro.send(new ProducerRecord<>(Stack.topic(Topics.HOUSEHOLD_EVENTS), householdId, event)).get();
        return new Published(householdId, siti, eventId);
    }

    /** The household events on the stream released under that agreement, in arrival order. */
    static List<JsonNode> under(SseRecorder sse, String agreementId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (SseRecorder.Event e : sse.events()) {
            if (e.name().startsWith("Household")) {
                JsonNode data = JSON.readTree(e.data());
                if (agreementId.equals(data.path("agreementId").asText())) {
                    found.add(data);
                }
            }
        }
        return found;
    }

    private Households() {
    }
}
