package id.bagipakai.gateway.service;

import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Location;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AvroJsonTest {

    @Test
    void aGenericallyReadEventBecomesPlainJsonWithIsoTimestamps() throws Exception {
        HouseholdRegistered event = HouseholdRegistered.newBuilder()
                .setEventId("e1").setHouseholdId("h1").setVersion(1)
                .setOccurredAt(Instant.parse("2026-11-24T05:00:00.123Z"))
                .setHousehold(HouseholdState.newBuilder()
                        .setLocation(Location.newBuilder().setRegionCode("11.01.01.2001").build())
                        .setMembers(List.of(HouseholdMember.newBuilder().setMemberId("m1").setName("Ahmad")
                                .setRelationship("HEAD").setSex("MALE").setBirthDate(LocalDate.of(1980, 5, 12))
                                .build()))
                        .build())
                .build();
        GenericRecord generic = readGenerically(event);

        var json = AvroJson.of(generic);

        assertThat(json.path("occurredAt").asText()).isEqualTo("2026-11-24T05:00:00.123Z");
        assertThat(json.path("household").path("location").path("regionCode").asText()).isEqualTo("11.01.01.2001");
        assertThat(json.path("household").path("kkNumber").isNull()).isTrue();
        var member = json.path("household").path("members").path(0);
        assertThat(member.path("birthDate").asText()).isEqualTo("1980-05-12");
        assertThat(json.path("household").path("programmesReceived").isArray()).isTrue();
        assertThat(json.path("household").path("members").isArray()).isTrue();
        assertThat(member.path("memberId").asText()).isEqualTo("m1");
        assertThat(EventCodec.typeOf(event)).endsWith(generic.getSchema().getName());
    }

    private static GenericRecord readGenerically(HouseholdRegistered event) throws Exception {
        var out = new ByteArrayOutputStream();
        var encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(HouseholdRegistered.getClassSchema()).write(event, encoder);
        encoder.flush();
        return new GenericDatumReader<GenericRecord>(HouseholdRegistered.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    }
}
