package id.bagipakai.eligibility.messaging;

import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.registry.HouseholdState;
import org.apache.avro.generic.GenericRecord;

import java.time.Instant;
import java.util.UUID;

/**
 * What eligibility-service reads of any registry household event: which household, its version,
 * when, and its whole state after the change (every household event carries it).
 */
public record HouseholdEvent(UUID householdId, int version, Instant occurredAt, HouseholdState state) {

    /**
     * @throws IllegalArgumentException for an event without a household id, version, time or state
     *     (it goes to the dead-letter topic)
     */
    public static HouseholdEvent of(GenericRecord event) {
        String name = event.getSchema().getFullName();
        if (event.getSchema().getField("household") == null || !(event.get("household") instanceof GenericRecord state)) {
            throw new IllegalArgumentException(name + " carries no household state");
        }
        if (!(event.get("version") instanceof Integer version)) {
            throw new IllegalArgumentException(name + " carries no household version");
        }
        Object at = event.get("occurredAt");
        Instant occurredAt = switch (at) {
            case Instant i -> i;
            case Long millis -> Instant.ofEpochMilli(millis);
            case null, default -> throw new IllegalArgumentException(name + " carries no occurredAt");
        };
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(event.get("householdId")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " carries no household id: " + event.get("householdId"), e);
        }
        return new HouseholdEvent(id, version, occurredAt,
                EventCodec.toSpecific(state, HouseholdState.class, HouseholdState.getClassSchema()));
    }
}
