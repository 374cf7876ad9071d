package id.bagipakai.commons.outbox;

import java.util.UUID;

/**
 * An outbox row as stored: the value is already in its Kafka wire form (Apicurio's, schema id
 * included), so the relay sends the bytes as they are. Made by {@link OutboxEncoder#row}, e.g.
 * on a thread that prepares a batch before its transaction.
 */
public record OutboxRow(String topic, String key, String eventType, byte[] value, UUID origin) {
}
