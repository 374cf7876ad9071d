package id.bagipakai.eligibility.messaging;

import id.bagipakai.commons.kafka.AvroTopicLoop;
import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.contracts.Namespace;
import id.bagipakai.contracts.Topics;
import id.bagipakai.eligibility.config.EligibilityConfig;
import id.bagipakai.eligibility.service.ResultEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The live reading of the household topic: each event goes to the {@link ResultEngine}; one that
 * carries no state or cannot be evaluated goes to the dead-letter topic and reading goes on.
 * Started and stopped by the evaluation runs (a replay reads the topic on its own).
 */
@ApplicationScoped
public class HouseholdEventsConsumer {

    @Inject
    EligibilityConfig config;

    @Inject
    Namespace namespace;

    @Inject
    ResultEngine engine;

    private AvroTopicLoop loop;

    public synchronized void start() {
        if (loop != null) {
            return;
        }
        KafkaTopics.ensure(config.kafkaBootstrapServers(), namespace, Topics.HOUSEHOLD_EVENTS,
                Topics.deadLetterOf(Topics.HOUSEHOLD_EVENTS));
        loop = AvroTopicLoop.start(new AvroTopicLoop.Settings("eligibility-household-events",
                        config.kafkaBootstrapServers(), config.apicurioUrl(), namespace.group(config.households().consumerGroup()),
                        config.households().newGroupStartsAt(), List.of(namespace.topic(Topics.HOUSEHOLD_EVENTS))),
                (record, event) -> engine.apply(HouseholdEvent.of(event)));
    }

    public synchronized void stop() {
        if (loop != null) {
            loop.close();
            loop = null;
        }
    }

    public synchronized boolean isAssigned() {
        return loop != null && loop.isAssigned();
    }
}
