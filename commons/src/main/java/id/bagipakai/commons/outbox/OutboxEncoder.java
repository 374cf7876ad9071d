package id.bagipakai.commons.outbox;

import id.bagipakai.contracts.AvroSerde;
import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.registration.SchemaRegistration;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Encodes events into their Kafka wire form once, when they are written to the outbox: Apicurio's
 * Avro serializer (schema looked up by record name, never auto-registered). The first use
 * registers our schemas, so a schema the registry's compatibility rule refuses stops writes of
 * that shape before any is accepted. Thread-safe (as a Kafka serializer must be).
 */
@ApplicationScoped
public class OutboxEncoder {

    private static final Logger LOG = Logger.getLogger(OutboxEncoder.class);
    /** Avro single-object encoding's marker: rows written before the outbox kept wire bytes. */
    private static final byte SINGLE_OBJECT_MARKER_0 = (byte) 0xC3;
    private static final byte SINGLE_OBJECT_MARKER_1 = (byte) 0x01;

    @ConfigProperty(name = "bagipakai.apicurio-url")
    String apicurioUrl;

    private volatile AvroKafkaSerializer<SpecificRecord> serializer;

    /** The row for an event, its value in wire form. */
    public OutboxRow row(OutboxMessage message) {
        return new OutboxRow(message.topic(), message.key(), message.event().getSchema().getFullName(),
                encode(message.topic(), message.event()), message.origin());
    }

    public OutboxRow row(String topic, String key, SpecificRecord event, UUID origin) {
        return row(new OutboxMessage(topic, key, event, origin));
    }

    public byte[] encode(String topic, SpecificRecord event) {
        return serializer().serialize(topic, event);
    }

    /** Registers the schemas and makes the serializer now, so the first write does not wait for it. */
    public void warmUp() {
        serializer();
    }

    /**
     * The value to send for a stored row: as stored, or re-encoded when the row predates wire
     * bytes (Avro single-object encoding, left in an outbox across an upgrade).
     */
    byte[] wireValue(String topic, String eventType, byte[] stored) {
        if (stored.length > 1 && stored[0] == SINGLE_OBJECT_MARKER_0 && stored[1] == SINGLE_OBJECT_MARKER_1) {
            // Apicurio's wire form starts with a 0 byte, never with this marker.
            return encode(topic, EventCodec.decode(eventType, stored));
        }
        return stored;
    }

    private AvroKafkaSerializer<SpecificRecord> serializer() {
        AvroKafkaSerializer<SpecificRecord> current = serializer;
        if (current == null) {
            synchronized (this) {
                current = serializer;
                if (current == null) {
                    new SchemaRegistration(apicurioUrl).registerAll().forEach(v -> LOG.debugf(
                            "Event schema %s/%s is version %s", v.groupId(), v.artifactId(), v.version()));
                    current = new AvroKafkaSerializer<>();
                    current.configure(AvroSerde.serializerConfig(apicurioUrl), false);
                    serializer = current;
                }
            }
        }
        return current;
    }
}
