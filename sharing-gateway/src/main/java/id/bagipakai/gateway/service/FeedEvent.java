package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.eligibility.Subject;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.contracts.Streams;
import id.bagipakai.policy.HouseholdFacts;
import org.apache.avro.generic.GenericRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A record read from a stream's topic, before any policy: {@code position} is where it lies
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
     * What the decision needs about the household: the state a household event carries, or the
     * region and the subjects (the members it is about) an eligibility result carries.
     *
     * @throws IllegalArgumentException when it carries none, or values this gateway cannot classify
     */
    public HouseholdFacts facts() {
        if (Streams.ELIGIBILITY.equals(stream)) {
            return resultFacts();
        }
        if (event.getSchema().getField("household") == null || !(event.get("household") instanceof GenericRecord state)) {
            throw new IllegalArgumentException(type + " carries no household state");
        }
        return HouseholdFacts.of(EventCodec.toSpecific(state, HouseholdState.class, HouseholdState.getClassSchema()));
    }

    private HouseholdFacts resultFacts() {
        if (event.getSchema().getField("subjects") == null || !(event.get("subjects") instanceof List<?> subjects)) {
            throw new IllegalArgumentException(type + " names no subjects");
        }
        List<Subject> read = new ArrayList<>(subjects.size());
        for (Object s : subjects) {
            if (!(s instanceof GenericRecord subject)) {
                throw new IllegalArgumentException(type + " has a subject that is not a record");
            }
            read.add(EventCodec.toSpecific(subject, Subject.class, Subject.getClassSchema()));
        }
        Object region = event.getSchema().getField("regionCode") == null ? null : event.get("regionCode");
        return HouseholdFacts.ofResult(region == null ? null : region.toString(), read);
    }
}
