package id.bagipakai.consent.messaging;

import id.bagipakai.commons.kafka.AvroProducers;
import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.commons.outbox.OutboxRelayWorker;
import id.bagipakai.consent.config.ConsentConfig;
import id.bagipakai.contracts.Namespace;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.registration.SchemaRegistration;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Publishes agreement and consent changes from the outbox to their compacted topics
 * ({@link OutboxRelayWorker}). The producer is made on the relay's thread, after our schemas are
 * registered, so a start while Kafka or Apicurio is down only delays publishing.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary but fixed: one relay at a time publishes, across instances. */
    private static final long RELAY_LOCK = 0x636f6e73656e7431L;

    @Inject
    DataSource dataSource;

    @Inject
    ConsentConfig config;

    @Inject
    Namespace namespace;

    private volatile KafkaProducer<String, SpecificRecord> producer;
    private OutboxRelayWorker worker;

    void onStart(@Observes StartupEvent start) {
        worker = new OutboxRelayWorker("consent-outbox-relay", dataSource, namespace, this::send, RELAY_LOCK,
                config.outbox().batchSize(), (connection, ids) -> {
                });
        worker.run(this::producer);
        worker.wake();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        worker.wake();
    }

    @Scheduled(every = "${consent.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (worker != null) {
            worker.wake();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        worker.close();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private Future<RecordMetadata> send(String topic, String key, SpecificRecord event) {
        return producer().send(new ProducerRecord<>(topic, key, event));
    }

    /** Only the relay's thread calls this. */
    private KafkaProducer<String, SpecificRecord> producer() {
        if (producer == null) {
            // Topics as code: compacted, so that a reader from the start sees every key's latest state.
            KafkaTopics.ensureCompacted(config.kafkaBootstrapServers(), 3, namespace.topic(Topics.AGREEMENTS),
                    namespace.topic(Topics.MEMBER_CONSENTS));
            new SchemaRegistration(config.apicurioUrl()).registerAll();
            producer = AvroProducers.forOutbox(config.kafkaBootstrapServers(), config.apicurioUrl(),
                    "consent-outbox-relay");
        }
        return producer;
    }
}
