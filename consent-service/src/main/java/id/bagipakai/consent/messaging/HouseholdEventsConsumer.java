package id.bagipakai.consent.messaging;

import id.bagipakai.commons.kafka.AvroTopicLoop;
import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.consent.config.ConsentConfig;
import id.bagipakai.consent.service.MemberDirectory;
import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.Namespace;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registry.HouseholdState;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.avro.generic.GenericRecord;

import java.util.List;
import java.util.UUID;

/**
 * Keeps the member directory from the household topic. Every household event carries the
 * household's whole state; one without it, or that cannot be read, goes to the dead-letter topic.
 */
@ApplicationScoped
public class HouseholdEventsConsumer {

    @Inject
    ConsentConfig config;

    @Inject
    Namespace namespace;

    @Inject
    MemberDirectory directory;

    private volatile AvroTopicLoop loop;

    void onStart(@Observes StartupEvent start) {
        KafkaTopics.ensure(config.kafkaBootstrapServers(), namespace, Topics.HOUSEHOLD_EVENTS,
                Topics.deadLetterOf(Topics.HOUSEHOLD_EVENTS));
        loop = AvroTopicLoop.start(new AvroTopicLoop.Settings("consent-household-events",
                        config.kafkaBootstrapServers(), config.apicurioUrl(), namespace.group(config.members().consumerGroup()),
                        config.members().newGroupStartsAt(), List.of(namespace.topic(Topics.HOUSEHOLD_EVENTS))),
                (record, event) -> apply(event));
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (loop != null) {
            loop.close();
        }
    }

    /** True once this instance reads the household topic. */
    public boolean isAssigned() {
        AvroTopicLoop current = loop;
        return current != null && current.isAssigned();
    }

    private void apply(GenericRecord event) {
        if (event.getSchema().getField("household") == null || !(event.get("household") instanceof GenericRecord state)) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " carries no household state");
        }
        Object version = event.get("version");
        if (!(version instanceof Integer v)) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " carries no household version");
        }
        directory.apply(UUID.fromString(String.valueOf(event.get("householdId"))), v,
                EventCodec.toSpecific(state, HouseholdState.class, HouseholdState.getClassSchema()));
    }
}
