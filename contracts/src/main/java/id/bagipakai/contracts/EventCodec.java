package id.bagipakai.contracts;

import id.bagipakai.contracts.registry.DuplicateReviewed;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdUpdated;
import id.bagipakai.contracts.registry.MemberLeft;
import id.bagipakai.contracts.registry.NikLinked;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Avro single-object encoding of an event, for an outbox row: the exact event, stored with the
 * business change in one transaction and decoded again by the relay that publishes it.
 */
public final class EventCodec {

    private static final Map<String, BinaryMessageDecoder<? extends SpecificRecord>> DECODERS = Map.of(
            HouseholdRegistered.getClassSchema().getFullName(),
            decoderFor(HouseholdRegistered.class, HouseholdRegistered.getClassSchema()),
            HouseholdUpdated.getClassSchema().getFullName(),
            decoderFor(HouseholdUpdated.class, HouseholdUpdated.getClassSchema()),
            MemberLeft.getClassSchema().getFullName(), decoderFor(MemberLeft.class, MemberLeft.getClassSchema()),
            NikLinked.getClassSchema().getFullName(), decoderFor(NikLinked.class, NikLinked.getClassSchema()),
            DuplicateReviewed.getClassSchema().getFullName(),
            decoderFor(DuplicateReviewed.class, DuplicateReviewed.getClassSchema()));

    /**
     * A decoder bound to the loader of the generated class itself: Avro otherwise looks generated
     * classes up by name, and under a layered class loader (Quarkus tests) may find another copy.
     */
    private static <T extends SpecificRecord> BinaryMessageDecoder<T> decoderFor(Class<T> type, Schema schema) {
        SpecificData data = new SpecificData(type.getClassLoader());
        // The logical types our schemas use, as the generated classes expect them.
        data.addLogicalTypeConversion(new TimeConversions.DateConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        data.addLogicalTypeConversion(new Conversions.DecimalConversion());
        return new BinaryMessageDecoder<>(data, schema);
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

    private EventCodec() {
    }
}
