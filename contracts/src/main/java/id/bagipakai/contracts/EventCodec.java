package id.bagipakai.contracts;

import id.bagipakai.contracts.consent.AgreementChanged;
import id.bagipakai.contracts.consent.MemberConsentsChanged;
import id.bagipakai.contracts.eligibility.EligibilityChanged;
import id.bagipakai.contracts.eligibility.ObjectionRecorded;
import id.bagipakai.contracts.eligibility.ObjectionResolved;
import id.bagipakai.contracts.eligibility.WelfareRankChanged;
import id.bagipakai.contracts.registry.DuplicateReviewed;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.HouseholdUpdated;
import id.bagipakai.contracts.registry.MemberLeft;
import id.bagipakai.contracts.registry.NikLinked;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Avro single-object encoding of an event, for an outbox row: the exact event, stored with the
 * business change in one transaction and decoded again by the relay that publishes it.
 */
public final class EventCodec {

    private static final Map<String, BinaryMessageDecoder<? extends SpecificRecord>> DECODERS = Map.ofEntries(
            decoding(HouseholdRegistered.class, HouseholdRegistered.getClassSchema()),
            decoding(HouseholdUpdated.class, HouseholdUpdated.getClassSchema()),
            decoding(MemberLeft.class, MemberLeft.getClassSchema()),
            decoding(NikLinked.class, NikLinked.getClassSchema()),
            decoding(DuplicateReviewed.class, DuplicateReviewed.getClassSchema()),
            decoding(AgreementChanged.class, AgreementChanged.getClassSchema()),
            decoding(MemberConsentsChanged.class, MemberConsentsChanged.getClassSchema()),
            decoding(WelfareRankChanged.class, WelfareRankChanged.getClassSchema()),
            decoding(EligibilityChanged.class, EligibilityChanged.getClassSchema()),
            decoding(ObjectionRecorded.class, ObjectionRecorded.getClassSchema()),
            decoding(ObjectionResolved.class, ObjectionResolved.getClassSchema()),
            // Not an event: eligibility-service keeps the latest household state it read.
            decoding(HouseholdState.class, HouseholdState.getClassSchema()));

    private static <T extends SpecificRecord> Map.Entry<String, BinaryMessageDecoder<? extends SpecificRecord>> decoding(
            Class<T> type, Schema schema) {
        return Map.entry(schema.getFullName(), decoderFor(type, schema));
    }

    /**
     * A decoder bound to the loader of the generated class itself: Avro otherwise looks generated
     * classes up by name, and under a layered class loader (Quarkus tests) may find another copy.
     */
    private static <T extends SpecificRecord> BinaryMessageDecoder<T> decoderFor(Class<T> type, Schema schema) {
        return new BinaryMessageDecoder<>(specificData(type), schema);
    }

    private static SpecificData specificData(Class<?> type) {
        SpecificData data = new SpecificData(type.getClassLoader());
        // The logical types our schemas use, as the generated classes expect them.
        data.addLogicalTypeConversion(new TimeConversions.DateConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        data.addLogicalTypeConversion(new Conversions.DecimalConversion());
        return data;
    }

    /** The name stored beside the bytes: the record's full Avro name. */
    public static String typeOf(SpecificRecord event) {
        return event.getSchema().getFullName();
    }

    /** Encoders are thread-safe and costly to build (each computes its schema's fingerprint): one per type. */
    private static final java.util.concurrent.ConcurrentMap<String, BinaryMessageEncoder<SpecificRecordBase>> ENCODERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static byte[] encode(SpecificRecordBase event) {
        try {
            ByteBuffer buffer = ENCODERS.computeIfAbsent(typeOf(event),
                            type -> new BinaryMessageEncoder<>(event.getSpecificData(), event.getSchema()))
                    .encode(event);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SpecificRecord decode(String type, byte[] bytes) {
        BinaryMessageDecoder<? extends SpecificRecord> decoder = DECODERS.get(type);
        if (decoder == null) {
            throw new IllegalArgumentException("Unknown event type " + type);
        }
        try {
            return decoder.decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Undecodable " + type + " event", e);
        }
    }

    /**
     * A generic record (as consumers read events, with the writer's schema) as one of our
     * generated classes, through Avro schema resolution: fields the writer added are dropped,
     * fields it lacks take their defaults.
     *
     * @throws IllegalArgumentException when the record cannot be read as that type
     */
    public static <T extends SpecificRecord> T toSpecific(GenericRecord record, Class<T> type, Schema readerSchema) {
        try {
            var out = new ByteArrayOutputStream();
            var encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            WRITERS.computeIfAbsent(new SchemaPair(record.getSchema(), null, null),
                    k -> new GenericDatumWriter<>(record.getSchema(), GENERIC)).write(record, encoder);
            encoder.flush();
            @SuppressWarnings("unchecked")
            var reader = (SpecificDatumReader<T>) READERS.computeIfAbsent(new SchemaPair(record.getSchema(), readerSchema, type),
                    k -> new SpecificDatumReader<T>(record.getSchema(), readerSchema, specificData(type)));
            return reader.read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot read " + record.getSchema().getFullName() + " as "
                    + readerSchema.getFullName() + ": " + e.getMessage(), e);
        }
    }

    /** Generic data with no conversions: values stay as the wire has them (days, millis). */
    private static final GenericData GENERIC = new GenericData();

    /**
     * Building a reader resolves the two schemas, which costs far more than reading one record:
     * readers and writers are kept per schema pair (Avro's readers keep their per-thread state
     * apart, so one may serve many threads).
     */
    private static final java.util.Map<SchemaPair, SpecificDatumReader<?>> READERS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<SchemaPair, GenericDatumWriter<GenericRecord>> WRITERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * By identity: consumers get one schema object per registered schema, and comparing schemas
     * by value walks them whole. A schema object seen once more is just one more entry.
     */
    private record SchemaPair(Schema writer, Schema reader, Class<?> type) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SchemaPair p && p.writer == writer && p.reader == reader && p.type == type;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(writer) + System.identityHashCode(reader);
        }
    }

    private EventCodec() {
    }
}
