package id.bagipakai.contracts;

import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    @Test
    void anEventSurvivesTheOutboxRoundTrip() {
        HouseholdRegistered event = HouseholdRegistered.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setHouseholdId(UUID.randomUUID().toString())
                .setVersion(1)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setHousehold(HouseholdState.newBuilder().setRegionCode("11.01.01.2001").setKkNumber(null).build())
                .build();

        byte[] bytes = EventCodec.encode(event);

        assertThat(EventCodec.typeOf(event)).isEqualTo("id.bagipakai.contracts.registry.HouseholdRegistered");
        assertThat(EventCodec.decode(EventCodec.typeOf(event), bytes)).isEqualTo(event);
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertThatThrownBy(() -> EventCodec.decode("no.such.Event", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.Event");
    }

    @Test
    void topicNamesAreVersionedAndHaveADeadLetterTwin() {
        assertThat(Topics.HOUSEHOLD_EVENTS).endsWith(".v1");
        assertThat(Topics.deadLetterOf(Topics.HOUSEHOLD_EVENTS)).isEqualTo(Topics.HOUSEHOLD_EVENTS + ".dlq");
    }
}
