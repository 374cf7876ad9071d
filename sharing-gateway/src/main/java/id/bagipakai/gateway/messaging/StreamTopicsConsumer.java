package id.bagipakai.gateway.messaging;

import id.bagipakai.commons.kafka.AvroTopicLoop;
import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.contracts.Namespace;
import id.bagipakai.contracts.Topics;
import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.contracts.Streams;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's own pass over the topics behind its streams (household events, eligibility
 * results), with its consumer group: a record that cannot be decoded is parked on its topic's
 * dead-letter topic once, for people to look at ({@link AvroTopicLoop}). Deliveries read the
 * topics through their own {@link StreamReader} and skip such a record.
 */
@ApplicationScoped
public class StreamTopicsConsumer {

    @Inject
    GatewayConfig config;

    @Inject
    Namespace namespace;

    private volatile AvroTopicLoop loop;

    void onStart(@Observes StartupEvent start) {
        List<String> catalogued = Streams.names().stream().map(Streams::topicOf).toList();
        List<String> topics = catalogued.stream().map(namespace::topic).toList();
        List<String> all = new ArrayList<>(catalogued);
        catalogued.forEach(t -> all.add(Topics.deadLetterOf(t)));
        // Created here too, so that a stream opens before its producer ever published.
        KafkaTopics.ensure(config.kafkaBootstrapServers(), namespace, all.toArray(String[]::new));
        loop = AvroTopicLoop.start(new AvroTopicLoop.Settings("sharing-gateway-streams",
                        config.kafkaBootstrapServers(), config.apicurioUrl(), namespace.group(config.consumerGroup()),
                        config.newGroupStartsAt(), topics),
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
