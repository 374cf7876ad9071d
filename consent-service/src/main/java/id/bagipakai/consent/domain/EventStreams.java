package id.bagipakai.consent.domain;

import id.bagipakai.contracts.EventSchemas;
import id.bagipakai.contracts.Topics;
import org.apache.avro.Schema;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The streams an agreement may open and the event types each carries. Event types are the Avro
 * record names the registry publishes; today they all travel on one stream.
 */
public final class EventStreams {

    public static final String HOUSEHOLD_EVENTS = "household-events";

    /** Stream name → the topic behind it. */
    public static final Map<String, String> TOPICS = Map.of(HOUSEHOLD_EVENTS, Topics.HOUSEHOLD_EVENTS);

    /** Stream name → the event types it carries. */
    public static final Map<String, Set<String>> EVENT_TYPES = Map.of(HOUSEHOLD_EVENTS,
            EventSchemas.ALL.stream().map(Schema::getName).collect(Collectors.toUnmodifiableSet()));

    public static boolean isEventType(String name) {
        return EVENT_TYPES.values().stream().anyMatch(types -> types.contains(name));
    }

    private EventStreams() {
    }
}
