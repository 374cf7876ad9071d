package id.bagipakai.gateway.messaging;

import id.bagipakai.commons.kafka.AvroTopicLoop;
import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.contracts.Topics;
import id.bagipakai.gateway.config.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The gateway's own pass over the household topic, with its consumer group: a record that cannot
 * be decoded is parked on the dead-letter topic once, for people to look at ({@link AvroTopicLoop}).
 * Deliveries read the topic through their own {@link HouseholdReader} and skip such a record.
 */
@ApplicationScoped
public class HouseholdTopicConsumer {

    @Inject
    GatewayConfig config;

    private volatile AvroTopicLoop loop;

    void onStart(@Observes StartupEvent start) {
        KafkaTopics.ensure(config.kafkaBootstrapServers(), 3, Topics.HOUSEHOLD_EVENTS,
                Topics.deadLetterOf(Topics.HOUSEHOLD_EVENTS));
        loop = AvroTopicLoop.start(new AvroTopicLoop.Settings("sharing-gateway-households",
                        config.kafkaBootstrapServers(), config.apicurioUrl(), config.consumerGroup(),
                        config.newGroupStartsAt(), List.of(Topics.HOUSEHOLD_EVENTS)),
                (record, event) -> {
                    // decoded: nothing to park; deliveries decide it per agency
                });
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (loop != null) {
            loop.close();
        }
    }

    /** True once the group gave this instance its partitions: events published now will be read. */
    public boolean isAssigned() {
        AvroTopicLoop current = loop;
        return current != null && current.isAssigned();
    }
}
