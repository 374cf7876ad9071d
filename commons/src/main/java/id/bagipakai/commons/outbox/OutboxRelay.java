package id.bagipakai.commons.outbox;

import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.contracts.Namespace;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Publishes the service's outbox ({@link OutboxRelayWorker}): woken after each commit that
 * appended rows, swept periodically for rows a crash left. Present in a service whose build sets
 * {@code bagipakai.outbox.enabled=true}; its settings are {@link OutboxConfig}. The producer is
 * made on the relay's thread, after the schemas are registered, so a start while Kafka or
 * Apicurio is down only delays publishing.
 */
@ApplicationScoped
@IfBuildProperty(name = "bagipakai.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxEncoder encoder;

    @Inject
    Namespace namespace;

    @Inject
    Instance<OutboxPublishedListener> listeners;

    @ConfigProperty(name = "bagipakai.kafka-bootstrap-servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile KafkaProducer<String, byte[]> producer;
    private OutboxRelayWorker worker;

    void onStart(@Observes StartupEvent start) {
        List<OutboxPublishedListener> published = listeners.stream().toList();
        worker = new OutboxRelayWorker(application + "-outbox-relay", dataSource, this::send,
                config.lockId().orElse(lockIdOf(application)), config.batchSize(), config.pollInterval(),
                (connection, ids) -> {
                    for (OutboxPublishedListener listener : published) {
                        listener.published(connection, ids);
                    }
                });
        worker.run(this::producer);
        worker.wake();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        worker.wake();
    }

    void onStop(@Observes ShutdownEvent stop) {
        worker.close();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private Future<RecordMetadata> send(String topic, String key, String eventType, byte[] stored) {
        return producer().send(new ProducerRecord<>(namespace.topic(topic), key,
                encoder.wireValue(topic, eventType, stored)));
    }

    /** Only the relay's thread calls this. */
    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            config.topics().ifPresent(topics -> KafkaTopics.ensure(bootstrapServers, namespace,
                    topics.toArray(String[]::new)));
            encoder.warmUp();
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox-relay",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis(),
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        }
        return producer;
    }

    /** A stable advisory-lock key per service (the same for all its instances). */
    static long lockIdOf(String application) {
        long hash = 1125899906842597L;
        for (char c : ("bagipakai-outbox:" + application).toCharArray()) {
            hash = 31 * hash + c;
        }
        return hash;
    }
}
