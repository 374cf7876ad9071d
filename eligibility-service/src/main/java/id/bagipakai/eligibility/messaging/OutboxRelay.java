package id.bagipakai.eligibility.messaging;

import id.bagipakai.commons.kafka.AvroProducers;
import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.commons.outbox.OutboxRelayWorker;
import id.bagipakai.eligibility.config.EligibilityConfig;
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
 * Publishes results and objections from the outbox to their topics
 * ({@link OutboxRelayWorker}). The producer is made on the relay's thread, after our schemas are
 * registered, so a start while Kafka or Apicurio is down only delays publishing.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary but fixed: one relay at a time publishes, across instances. */
    private static final long RELAY_LOCK = 0x656c696769626c31L;

    @Inject
    DataSource dataSource;

    @Inject
    EligibilityConfig config;

    @Inject
    Namespace namespace;

    private volatile KafkaProducer<String, SpecificRecord> producer;
    private OutboxRelayWorker worker;

    void onStart(@Observes StartupEvent start) {
        worker = new OutboxRelayWorker("eligibility-outbox-relay", dataSource, namespace, this::send, RELAY_LOCK,
                config.outbox().batchSize(), (connection, ids) -> {
                });
        worker.run(this::producer);
        worker.wake();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        worker.wake();
    }

    @Scheduled(every = "${eligibility.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
            // Topics as code: change streams (not compacted), delivered by the gateway like household events.
            KafkaTopics.ensure(config.kafkaBootstrapServers(), 3, namespace.topic(Topics.ELIGIBILITY_RESULTS),
                    namespace.topic(Topics.OBJECTIONS));
            new SchemaRegistration(config.apicurioUrl()).registerAll();
            producer = AvroProducers.forOutbox(config.kafkaBootstrapServers(), config.apicurioUrl(),
                    "eligibility-outbox-relay");
        }
        return producer;
    }
}
