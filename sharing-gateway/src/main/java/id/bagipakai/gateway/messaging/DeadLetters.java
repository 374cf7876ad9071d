package id.bagipakai.gateway.messaging;

import id.bagipakai.contracts.Topics;
import id.bagipakai.gateway.config.GatewayConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parks a record the gateway cannot process on {@code <topic>.dlq}, byte for byte, with where it
 * came from and why, so the consumer can move on without losing it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    GatewayConfig config;

    private KafkaProducer<byte[], byte[]> producer;

    @PostConstruct
    void start() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "sharing-gateway-dlq",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    /** Returns once the dead letter is durable, so the caller may commit past the record. */
    public void park(ConsumerRecord<byte[], byte[]> record, Exception cause) {
        String topic = Topics.deadLetterOf(record.topic());
        var letter = new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
        letter.headers()
                .add("dlq.source", (record.topic() + "/" + record.partition() + "/" + record.offset())
                        .getBytes(StandardCharsets.UTF_8))
                .add("dlq.reason", String.valueOf(cause).getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
            LOG.warnf("Parked %s/%d/%d on %s: %s", record.topic(), record.partition(), record.offset(), topic, cause);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot park a record on " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        producer.close(Duration.ofSeconds(5));
    }
}
