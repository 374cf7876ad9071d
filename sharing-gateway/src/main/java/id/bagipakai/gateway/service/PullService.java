package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.gateway.messaging.StreamReader;
import id.bagipakai.gateway.repository.PullPositionRepository;
import id.bagipakai.policy.DeliveryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pull delivery: a page of released records from a cursor, and acknowledgements. A page ends at
 * an event boundary (every copy of an event, one per agreement, is in the same page), once it
 * holds {@code limit} records or the topic's end is reached; its {@code cursor} moves past
 * everything read, released or not, so a stream with nothing for the agency is still walked
 * through. With nothing to give, it waits up to {@code wait} for something (long poll).
 */
@ApplicationScoped
public class PullService {

    /** A page: the records in order, and where the next page starts. */
    public record Page(List<ObjectNode> records, StreamCursor cursor) {
    }

    /** How long one page may spend reading events none of which the agency may have. */
    private static final Duration SCAN_BUDGET = Duration.ofSeconds(2);

    @Inject
    DeliveryService delivery;

    @Inject
    PullPositionRepository positions;

    /** {@code from} null: from the agency's last acknowledgement on this stream, or the start of the stream. */
    public Page page(String agency, Set<String> roles, String stream, StreamCursor from, int limit, Duration wait) {
        Instant started = Instant.now();
        Instant giveUp = started.plus(wait.compareTo(SCAN_BUDGET) > 0 ? wait : SCAN_BUDGET);
        List<ObjectNode> records = new ArrayList<>();
        List<DeliveryService.Delivered> chosen = new ArrayList<>();
        try (StreamReader reader = delivery.reader(stream, from != null ? from : acknowledged(agency, stream))) {
            StreamCursor cursor = reader.cursor();
            boolean full = false;
            while (!full && Instant.now().isBefore(giveUp)) {
                List<FeedEvent> events = reader.poll(Duration.ofMillis(100));
                if (events.isEmpty()) {
                    cursor = reader.cursor(); // past records that could not be decoded, too
                    boolean waited = !Instant.now().isBefore(started.plus(wait));
                    if (!records.isEmpty() || reader.atEnd() && waited) {
                        break;
                    }
                    continue;
                }
                Map<FeedEvent, DeliveryService.Delivered> decided = new IdentityHashMap<>();
                delivery.decide(agency, roles, DeliveryMode.PULL, events).forEach(d -> decided.put(d.event(), d));
                for (FeedEvent event : events) {
                    DeliveryService.Delivered d = decided.get(event);
                    int copies = d == null ? 0 : d.releases().size();
                    if (!records.isEmpty() && records.size() + copies > limit) {
                        full = true;
                        break;
                    }
                    if (d != null) {
                        chosen.add(d);
                        d.releases().forEach(r -> records.add(r.record()));
                    }
                    cursor = event.cursor();
                }
                full |= records.size() >= limit;
            }
            delivery.record(agency, DeliveryMode.PULL, chosen);
            return new Page(records, cursor);
        }
    }

    /** Each stream has its own position: an acknowledgement on one never moves another. */
    public void acknowledge(String agency, String stream, StreamCursor cursor) {
        try {
            positions.acknowledge(agency, stream, cursor, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the acknowledgement: " + e.getMessage(), e);
        }
    }

    private StreamCursor acknowledged(String agency, String stream) {
        try {
            return positions.acknowledged(agency, stream).orElse(StreamCursor.empty());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the acknowledged position: " + e.getMessage(), e);
        }
    }
}
