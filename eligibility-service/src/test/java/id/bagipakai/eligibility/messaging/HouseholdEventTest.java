package id.bagipakai.eligibility.messaging;

import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.MemberLeft;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdEventTest {

    private static final Instant AT = Instant.parse("2026-11-24T03:00:00Z");

    @Test
    void readsTheHouseholdItsVersionTimeAndStateFromAnyRegistryEvent() {
        String id = UUID.randomUUID().toString();
        HouseholdState state = new HouseholdState(null, null, null, null, null, new ArrayList<>(), new ArrayList<>());
        GenericRecord event = generic(HouseholdRegistered.newBuilder().setEventId("e").setHouseholdId(id).setVersion(4)
                .setOccurredAt(AT).setHousehold(state).build());

        HouseholdEvent read = HouseholdEvent.of(event);

        assertThat(read.householdId()).hasToString(id);
        assertThat(read.version()).isEqualTo(4);
        assertThat(read.occurredAt()).isEqualTo(AT);
        assertThat(read.state().getMembers()).isEmpty();
    }

    @Test
    void anEventWithoutAStateOrWithABadIdIsRefusedForTheDeadLetterTopic() {
        Schema noState = SchemaBuilder.record("Other").fields().requiredString("householdId").requiredInt("version")
                .endRecord();
        GenericRecord other = new GenericData.Record(noState);
        other.put("householdId", UUID.randomUUID().toString());
        other.put("version", 1);
        assertThatThrownBy(() -> HouseholdEvent.of(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carries no household state");

        HouseholdState state = new HouseholdState(null, null, null, null, null, new ArrayList<>(), new ArrayList<>());
        GenericRecord badId = generic(HouseholdRegistered.newBuilder().setEventId("e").setHouseholdId("hh-1")
                .setVersion(1).setOccurredAt(AT).setHousehold(state).build());
        assertThatThrownBy(() -> HouseholdEvent.of(badId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no household id");
        assertThat(MemberLeft.getClassSchema().getField("household")).as("every household event carries the state")
                .isNotNull();
    }

    /** As consumers read it: a generic record with the writer's schema (timestamps as epoch millis). */
    private static GenericRecord generic(HouseholdRegistered event) {
        GenericRecord g = (GenericRecord) GenericData.get().deepCopy(event.getSchema(), event);
        g.put("occurredAt", event.getOccurredAt().toEpochMilli());
        return g;
    }
}
