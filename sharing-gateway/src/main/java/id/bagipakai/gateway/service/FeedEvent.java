package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.policy.HouseholdFacts;
import org.apache.avro.generic.GenericRecord;

/**
 * A record read from a topic, before any policy: {@code position} is where it lies
 * (partition-offset), {@code cursor} where a reader stands once it has been dealt with,
 * {@code type} the event name, {@code record} the full event as JSON, {@code event} as read.
 * Never sent as it is.
 */
public record FeedEvent(String stream, String position, StreamCursor cursor, String type, ObjectNode record,
                        GenericRecord event) {

    /** The event read at {@code offset} of {@code partition}; the reader stands at {@code cursor} after it. */
    public static FeedEvent read(String stream, int partition, long offset, StreamCursor cursor, GenericRecord event) {
        ObjectNode record = AvroJson.of(event);
        String type = event.getSchema().getName();
        record.put("eventType", type);
        return new FeedEvent(stream, partition + "-" + offset, cursor, type, record, event);
    }

    /**
     * What the decision needs about the household the event carries.
     *
     * @throws IllegalArgumentException when it carries none, or values this gateway cannot classify
     */
    public HouseholdFacts facts() {
        if (event.getSchema().getField("household") == null || !(event.get("household") instanceof GenericRecord state)) {
            throw new IllegalArgumentException(type + " carries no household state");
        }
        return HouseholdFacts.of(EventCodec.toSpecific(state, HouseholdState.class, HouseholdState.getClassSchema()));
    }
}
