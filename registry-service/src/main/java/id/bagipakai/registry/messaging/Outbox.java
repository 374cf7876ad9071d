package id.bagipakai.registry.messaging;

import id.bagipakai.contracts.EventCodec;
import id.bagipakai.registry.domain.OutboxEvent;
import id.bagipakai.registry.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.avro.specific.SpecificRecordBase;

import java.time.Instant;
import java.util.UUID;

/** Writes an event in the caller's transaction; the relay publishes it after the commit. */
@ApplicationScoped
public class Outbox {

    /** Fired on append; observed after a successful commit to wake the relay. */
    public record Appended(long id) {
    }

    @Inject
    OutboxRepository repository;

    @Inject
    Event<Appended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, SpecificRecordBase event) {
        append(topic, key, event, null);
    }

    /** @param importJobId the survey-wave import the change came from, so its published count grows */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, SpecificRecordBase event, UUID importJobId) {
        OutboxEvent row = new OutboxEvent();
        row.importJobId = importJobId;
        row.topic = topic;
        row.messageKey = key;
        row.eventType = EventCodec.typeOf(event);
        row.payload = EventCodec.encode(event);
        row.createdAt = Instant.now();
        repository.persist(row);
        appended.fire(new Appended(row.id));
    }

    /** Wakes the relay after the caller's commit, for rows written in bulk without {@link #append}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendedInBulk() {
        appended.fire(new Appended(-1));
    }
}
