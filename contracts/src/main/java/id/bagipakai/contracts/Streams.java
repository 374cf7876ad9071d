package id.bagipakai.contracts;

import org.apache.avro.Schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The streams agencies can receive, by the name agreements and roles use: the topic behind each
 * and the event types it carries. consent-service validates agreements against it; the gateway
 * delivers exactly these. A name not listed here is no stream.
 */
public final class Streams {

    /** The registry's household events. */
    public static final String HOUSEHOLD_EVENTS = "household-events";
    /** eligibility-service's results: welfare score and desils, programme eligibility. */
    public static final String ELIGIBILITY = "eligibility";

    private static final Map<String, String> TOPICS = new LinkedHashMap<>();
    private static final Map<String, Set<String>> EVENT_TYPES = new LinkedHashMap<>();

    static {
        TOPICS.put(HOUSEHOLD_EVENTS, Topics.HOUSEHOLD_EVENTS);
        TOPICS.put(ELIGIBILITY, Topics.ELIGIBILITY_RESULTS);
        EVENT_TYPES.put(HOUSEHOLD_EVENTS, names(EventSchemas.HOUSEHOLD_EVENTS));
        EVENT_TYPES.put(ELIGIBILITY, names(EventSchemas.ELIGIBILITY_RESULTS));
    }

    private Streams() {
    }

    public static Set<String> names() {
        return Collections.unmodifiableSet(TOPICS.keySet());
    }

    public static boolean exists(String name) {
        return name != null && TOPICS.containsKey(name);
    }

    /**
     * The catalogue name of the topic behind a stream.
     *
     * @throws IllegalArgumentException for a name that is no stream
     */
    public static String topicOf(String stream) {
        String topic = TOPICS.get(stream);
        if (topic == null) {
            throw new IllegalArgumentException("not a stream: " + stream + " (known: " + String.join(", ", names()) + ")");
        }
        return topic;
    }

    /** The event types (Avro record names) the stream carries; none for a name that is no stream. */
    public static Set<String> eventTypesOf(String stream) {
        return EVENT_TYPES.getOrDefault(stream, Set.of());
    }

    /** Whether some stream carries this event type. */
    public static boolean isEventType(String name) {
        return EVENT_TYPES.values().stream().anyMatch(types -> types.contains(name));
    }

    private static Set<String> names(List<Schema> schemas) {
        return schemas.stream().map(Schema::getName).collect(Collectors.toUnmodifiableSet());
    }
}
