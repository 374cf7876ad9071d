package id.bagipakai.testsupport;

import org.awaitility.Awaitility;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a topic of the real Kafka from its current end, with Avro values through Apicurio (as
 * GenericRecord: generated classes can exist twice under Quarkus' test class loaders), so a test
 * sees exactly what was published after it started reading. No consumer group is joined.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, Object> consumer;
    private final List<ConsumerRecord<String, Object>> seen = new ArrayList<>();

    private TopicReader(KafkaConsumer<String, Object> consumer) {
        this.consumer = consumer;
    }

    /** Positions at the end of every partition of {@code topic} (which must exist); Avro values. */
    public static TopicReader fromEnd(String topic) {
        return fromEnd(topic, true);
    }

    /** Like {@link #fromEnd(String)}, values as raw bytes (e.g. a dead-letter topic). */
    public static TopicReader rawFromEnd(String topic) {
        return fromEnd(topic, false);
    }

    /** From the first record still on every partition (a compacted topic: at least each key's latest); Avro values. */
    public static TopicReader fromStart(String topic) {
        return open(topic, true, true);
    }

    private static TopicReader fromEnd(String topic, boolean avro) {
        return open(topic, avro, false);
    }

    private static TopicReader open(String topic, boolean avro, boolean fromStart) {
        StackEndpoints stack = Stack.infra();
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        if (avro) {
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, "io.apicurio.registry.serde.avro.AvroKafkaDeserializer");
            props.put("apicurio.registry.url", stack.apicurioUrl());
            props.put("apicurio.registry.use-specific-avro-reader", false); // GenericRecord values
        } else {
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        }
        KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = Awaitility.await("partitions of " + topic).atMost(Duration.ofSeconds(30))
                .until(() -> consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList(), list -> !list.isEmpty());
        consumer.assign(partitions);
        if (fromStart) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position); // resolve the position now, before the test publishes
        return new TopicReader(consumer);
    }

    /** Polls once (briefly) and returns everything read so far, in arrival order. */
    public synchronized List<ConsumerRecord<String, Object>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
