package id.bagipakai.gateway.service;

import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AvroJsonTest {

    @Test
    void aGenericallyReadEventBecomesPlainJsonWithIsoTimestamps() throws Exception {
        HouseholdRegistered event = HouseholdRegistered.newBuilder()
                .setEventId("e1").setHouseholdId("h1").setVersion(1)
                .setOccurredAt(Instant.parse("2026-11-24T05:00:00.123Z"))
                .setHousehold(HouseholdState.newBuilder().setRegionCode("11.01.01.2001").setKkNumber(null).build())
                .build();
        GenericRecord generic = readGenerically(event);

        var json = AvroJson.of(generic);

        assertThat(json.toString()).isEqualTo("{\"eventId\":\"e1\",\"householdId\":\"h1\",\"version\":1,"
                + "\"occurredAt\":\"2026-11-24T05:00:00.123Z\","
                + "\"household\":{\"regionCode\":\"11.01.01.2001\",\"kkNumber\":null,\"address\":null}}");
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
