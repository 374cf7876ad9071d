package id.bagipakai.registry.messaging;

import id.bagipakai.commons.kafka.AvroProducers;
import id.bagipakai.contracts.registration.SchemaRegistration;
import id.bagipakai.registry.config.RegistryConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Future;

/**
 * The registry's Kafka producer: idempotent, acks=all, Avro values through Apicurio. Created on
 * the relay's first send; it registers our schemas first (the serializer never auto-registers),
 * so a schema the compatibility rule refuses stops publishing before any event of that shape
 * goes out, while accepted changes keep waiting safely in the outbox.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    @Inject
    RegistryConfig config;

    @Inject
    id.bagipakai.contracts.Namespace namespace;

    private KafkaProducer<String, SpecificRecord> producer;

    @PostConstruct
    void start() {
        new SchemaRegistration(config.apicurioUrl()).registerAll()
                .forEach(v -> LOG.infof("Event schema %s/%s is version %s", v.groupId(), v.artifactId(), v.version()));
        producer = AvroProducers.forOutbox(config.kafkaBootstrapServers(), config.apicurioUrl(), "registry-outbox-relay");
    }

    /** Creates the producer now (registering the schemas), so the first event does not wait for it. */
    public void warmUp() {
        producer.partitionsFor(namespace.topic(id.bagipakai.contracts.Topics.HOUSEHOLD_EVENTS));
    }

    public Future<RecordMetadata> send(String topic, String key, SpecificRecord event) {
        return producer.send(new ProducerRecord<>(topic, key, event));
    }

    @PreDestroy
    void stop() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
