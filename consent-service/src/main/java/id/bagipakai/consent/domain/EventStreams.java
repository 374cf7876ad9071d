package id.bagipakai.consent.domain;

import id.bagipakai.contracts.EventSchemas;
import id.bagipakai.contracts.Topics;
import org.apache.avro.Schema;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The streams an agreement may open and the event types each carries (the Avro record names of
 * the topic behind it).
 */
public final class EventStreams {

    public static final String HOUSEHOLD_EVENTS = "household-events";
    /** eligibility-service's results: welfare score, desil and programme eligibility. */
    public static final String ELIGIBILITY = "eligibility";

    /** Stream name → the topic behind it. */
    public static final Map<String, String> TOPICS = Map.of(HOUSEHOLD_EVENTS, Topics.HOUSEHOLD_EVENTS,
            ELIGIBILITY, Topics.ELIGIBILITY_RESULTS);

    /** Stream name → the event types it carries. */
    public static final Map<String, Set<String>> EVENT_TYPES = Map.of(
            HOUSEHOLD_EVENTS, names(EventSchemas.HOUSEHOLD_EVENTS),
            ELIGIBILITY, names(EventSchemas.ELIGIBILITY_RESULTS));

    public static boolean isEventType(String name) {
        return EVENT_TYPES.values().stream().anyMatch(types -> types.contains(name));
    }

    private static Set<String> names(List<Schema> schemas) {
        return schemas.stream().map(Schema::getName).collect(Collectors.toUnmodifiableSet());
    }

    private EventStreams() {
    }
}
