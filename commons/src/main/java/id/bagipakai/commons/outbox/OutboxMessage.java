package id.bagipakai.commons.outbox;

import org.apache.avro.specific.SpecificRecord;

import java.util.UUID;

/**
 * An event to publish with the change it belongs to.
 *
 * @param topic  the catalogue topic (id.bagipakai.contracts.Topics); the relay adds the namespace
 * @param key    the record key (a household id, an agreement id…): order holds per key
 * @param origin the unit of work the event came from (a survey-wave import), or null; a
 *               {@link OutboxPublishedListener} may count per origin
 */
public record OutboxMessage(String topic, String key, SpecificRecord event, UUID origin) {

    public OutboxMessage(String topic, String key, SpecificRecord event) {
        this(topic, key, event, null);
    }
}
