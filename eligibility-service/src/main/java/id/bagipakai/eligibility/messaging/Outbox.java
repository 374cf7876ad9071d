package id.bagipakai.eligibility.messaging;

import id.bagipakai.eligibility.domain.OutboxEvent;
import id.bagipakai.contracts.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.avro.specific.SpecificRecordBase;

import java.time.Instant;

/** Writes an event in the caller's transaction; the relay publishes it after the commit. */
@ApplicationScoped
public class Outbox {

    /** Fired on append; observed after a successful commit to wake the relay. */
    public record Appended() {
    }

    @Inject
    Event<Appended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, SpecificRecordBase event) {
        OutboxEvent row = new OutboxEvent();
        row.topic = topic;
        row.messageKey = key;
        row.eventType = EventCodec.typeOf(event);
        row.payload = EventCodec.encode(event);
        row.createdAt = Instant.now();
        row.persist();
        appended.fire(new Appended());
    }
}
