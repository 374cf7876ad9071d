package id.bagipakai.commons.outbox;

import id.bagipakai.commons.pg.BinaryCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.avro.specific.SpecificRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Writes events in the caller's transaction, into the service's {@code outbox_event} table (the
 * shared DDL in {@code db/outbox}); {@link OutboxRelay} publishes them after the commit. Nothing
 * is published that was not committed, and nothing committed is lost. Values are stored in their
 * Kafka wire form ({@link OutboxEncoder}), so the relay only moves bytes. Rows go in by binary
 * COPY, one round trip however many there are.
 */
@ApplicationScoped
public class Outbox {

    /** Fired on append; observed after a successful commit to wake the relay. */
    public record Appended() {
    }

    @Inject
    DataSource dataSource;

    @Inject
    OutboxEncoder encoder;

    @Inject
    Event<Appended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, SpecificRecord event) {
        appendRows(List.of(encoder.row(topic, key, event, null)));
    }

    /** @param origin the unit of work the event came from (e.g. a survey-wave import), or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, SpecificRecord event, UUID origin) {
        appendRows(List.of(encoder.row(topic, key, event, origin)));
    }

    /** Many events at once, in this order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(Collection<OutboxMessage> messages) {
        appendRows(messages.stream().map(encoder::row).toList());
    }

    /** Rows already encoded ({@link OutboxEncoder#row}, e.g. while a batch was prepared), in this order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendRows(Collection<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        BinaryCopy copy = new BinaryCopy("outbox_event (topic, message_key, event_type, payload, origin)", 5);
        for (OutboxRow row : rows) {
            copy.row().text(row.topic()).text(row.key()).text(row.eventType()).bytes(row.value()).uuid(row.origin());
        }
        // Inside a JTA transaction the pool hands out the transaction's own connection.
        try (Connection connection = dataSource.getConnection()) {
            copy.copy(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write " + rows.size() + " events to the outbox", e);
        }
        appended.fire(new Appended());
    }
}
