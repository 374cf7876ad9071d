package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.avro.generic.GenericRecord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Fans the household topic out to the agency streams that are open right now. */
@ApplicationScoped
public class HouseholdFeed {

    public static final String STREAM = "household-events";

    private final List<Consumer<FeedEvent>> listeners = new CopyOnWriteArrayList<>();

    public void publish(int partition, long offset, GenericRecord event) {
        ObjectNode record = AvroJson.of(event);
        String type = event.getSchema().getName();
        record.put("eventType", type);
        FeedEvent feedEvent = new FeedEvent(STREAM, partition + "-" + offset, type, record, event);
        listeners.forEach(l -> l.accept(feedEvent));
    }

    /** Registers a listener; running the returned action unregisters it. */
    public Runnable listen(Consumer<FeedEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
