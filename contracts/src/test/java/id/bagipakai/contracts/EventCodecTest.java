package id.bagipakai.contracts;

import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Location;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    @Test
    void anEventSurvivesTheOutboxRoundTrip() {
        HouseholdRegistered event = HouseholdRegistered.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setHouseholdId(UUID.randomUUID().toString())
                .setVersion(1)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setHousehold(HouseholdState.newBuilder()
                        .setLocation(Location.newBuilder().setRegionCode("11.01.01.2001").build())
                        .setMembers(List.of(HouseholdMember.newBuilder().setMemberId(UUID.randomUUID().toString())
                                .setName("Ahmad").setRelationship("HEAD").setSex("MALE")
                                .setBirthDate(LocalDate.of(1980, 5, 12)).setPpks(List.of("DESTITUTE")).build()))
                        .build())
                .build();

        byte[] bytes = EventCodec.encode(event);

        assertThat(EventCodec.typeOf(event)).isEqualTo("id.bagipakai.contracts.registry.HouseholdRegistered");
        HouseholdRegistered decoded = (HouseholdRegistered) EventCodec.decode(EventCodec.typeOf(event), bytes);
        // Avro's equals cannot compare logical types inside arrays: compare the encodings instead.
        assertThat(EventCodec.encode(decoded)).isEqualTo(bytes);
        assertThat(decoded.getHousehold().getMembers().getFirst().getBirthDate()).isEqualTo(LocalDate.of(1980, 5, 12));
        assertThat(decoded.getOccurredAt()).isEqualTo(event.getOccurredAt());
    }

    @Test
    void aGenericRecordAsConsumersReadItBecomesTheGeneratedClass() throws Exception {
        HouseholdRegistered event = HouseholdRegistered.newBuilder()
                .setEventId("e1").setHouseholdId("h1").setVersion(3)
                .setOccurredAt(Instant.parse("2026-01-02T03:04:05Z"))
                .setHousehold(HouseholdState.newBuilder()
                        .setMembers(List.of(HouseholdMember.newBuilder().setMemberId("m1").setName("Siti")
                                .setRelationship("HEAD").setSex("FEMALE").setBirthDate(LocalDate.of(2010, 2, 3))
                                .setPpks(List.of()).build()))
                        .build())
                .build();
        // What the Apicurio deserializer hands a consumer: a generic record, logical types raw.
        var out = new java.io.ByteArrayOutputStream();
        var encoder = org.apache.avro.io.EncoderFactory.get().binaryEncoder(out, null);
        new org.apache.avro.specific.SpecificDatumWriter<HouseholdRegistered>(HouseholdRegistered.getClassSchema())
                .write(event, encoder);
        encoder.flush();
        org.apache.avro.generic.GenericRecord generic = new org.apache.avro.generic.GenericDatumReader<
                org.apache.avro.generic.GenericRecord>(HouseholdRegistered.getClassSchema())
                .read(null, org.apache.avro.io.DecoderFactory.get().binaryDecoder(out.toByteArray(), null));

        HouseholdState state = EventCodec.toSpecific((org.apache.avro.generic.GenericRecord) generic.get("household"),
                HouseholdState.class, HouseholdState.getClassSchema());

        assertThat(state.getMembers().getFirst().getBirthDate()).isEqualTo(LocalDate.of(2010, 2, 3));
        assertThat(state.getMembers().getFirst().getMemberId()).isEqualTo("m1");
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertThatThrownBy(() -> EventCodec.decode("no.such.Event", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.Event");
    }

    @Test
    void topicNamesAreVersionedAndHaveADeadLetterTwin() {
        assertThat(Topics.HOUSEHOLD_EVENTS).endsWith(".v1");
        assertThat(Topics.deadLetterOf(Topics.HOUSEHOLD_EVENTS)).isEqualTo(Topics.HOUSEHOLD_EVENTS + ".dlq");
    }
}
