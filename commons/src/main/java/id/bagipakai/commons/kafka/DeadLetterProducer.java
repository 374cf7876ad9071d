package id.bagipakai.commons.kafka;

import id.bagipakai.contracts.Topics;
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
 * Parks a record a consumer cannot process on {@code <topic>.dlq}, byte for byte, with where it
 * came from, which consumer parked it and why, so the consumer can move on without losing it.
 * Several consumers of one topic share its dead-letter topic; {@code dlq.consumer} tells them apart.
 */
public final class DeadLetterProducer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeadLetterProducer.class);

    private final KafkaProducer<byte[], byte[]> producer;
    private final String consumer;

    /** @param consumer names the consumer whose records these are */
    public DeadLetterProducer(String bootstrapServers, String consumer) {
        this.consumer = consumer;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, consumer + "-dlq",
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
                .add("dlq.consumer", consumer.getBytes(StandardCharsets.UTF_8))
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

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
