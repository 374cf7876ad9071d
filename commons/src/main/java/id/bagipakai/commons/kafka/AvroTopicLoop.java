package id.bagipakai.commons.kafka;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads Avro topics on its own thread and hands each event, as a generic record read with the
 * writer's schema, to a handler. Values are decoded here rather than by the Kafka consumer, so
 * that a record that cannot be decoded, or that the handler refuses with an
 * {@link IllegalArgumentException}, is parked on the dead-letter topic and the loop goes on. Any
 * other failure (a database down) reconnects and reads again from the last commit: offsets are
 * committed only after a polled batch was handled or parked, so nothing is skipped.
 */
public final class AvroTopicLoop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AvroTopicLoop.class);

    /** What to do with one event; throw {@link IllegalArgumentException} for a record that can never be processed. */
    @FunctionalInterface
    public interface Handler {
        void handle(ConsumerRecord<byte[], byte[]> record, GenericRecord event);
    }

    /**
     * @param name        names the thread and the Kafka client
     * @param offsetReset where a group without a committed position starts: earliest or latest
     */
    public record Settings(String name, String bootstrapServers, String apicurioUrl, String groupId,
                           String offsetReset, List<String> topics) {
    }

    private final Settings settings;
    private final Handler handler;
    private final DeadLetterProducer deadLetters;
    private volatile boolean running = true;
    private volatile boolean assigned;
    private volatile boolean caughtUp;
    /** The end of each partition when it was assigned: reading up to there means caught up. */
    private final Map<TopicPartition, Long> endsAtAssignment = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;

    private AvroTopicLoop(Settings settings, Handler handler) {
        this.settings = settings;
        this.handler = handler;
        this.deadLetters = new DeadLetterProducer(settings.bootstrapServers(), settings.name());
        this.thread = Thread.ofPlatform().name(settings.name()).unstarted(this::run);
        // Avro resolves generated classes through the context loader: make it the application's.
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    }

    public static AvroTopicLoop start(Settings settings, Handler handler) {
        AvroTopicLoop loop = new AvroTopicLoop(settings, handler);
        loop.thread.start();
        return loop;
    }

    /** True once the group gave this loop its partitions and their start positions are known. */
    public boolean isAssigned() {
        return assigned;
    }

    /**
     * True once everything that was on the topics when this loop was first assigned has been
     * handled: a state rebuilt from (compacted) topics is complete from then on. It stays true.
     */
    public boolean isCaughtUp() {
        return caughtUp;
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close();
    }

    private void run() {
        while (running) {
            try (var avro = new AvroKafkaDeserializer<Object>();
                 var kafka = new KafkaConsumer<byte[], byte[]>(consumerConfig())) {
                avro.configure(CachingAvroDatumProvider.deserializerConfig(settings.apicurioUrl()), false);
                consumer = kafka;
                if (!running) {
                    return; // closed before the consumer existed to be woken
                }
                kafka.subscribe(settings.topics(), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        assigned = false;
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        partitions.forEach(kafka::position); // resolve where reading starts before saying so
                        if (!caughtUp) {
                            kafka.endOffsets(partitions).forEach(endsAtAssignment::putIfAbsent);
                        }
                        assigned = true;
                    }
                });
                while (running) {
                    var records = kafka.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<byte[], byte[]> record : records) {
                        handle(avro, record);
                    }
                    if (!records.isEmpty()) {
                        kafka.commitSync();
                    }
                    if (!caughtUp && assigned) {
                        caughtUp = kafka.assignment().stream()
                                .allMatch(tp -> kafka.position(tp) >= endsAtAssignment.getOrDefault(tp, 0L));
                    }
                }
            } catch (WakeupException e) {
                // closing
            } catch (RuntimeException e) {
                assigned = false;
                LOG.errorf(e, "Consumer %s failed; reconnecting and reading again from the last commit", settings.name());
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
    }

    private void handle(AvroKafkaDeserializer<Object> avro, ConsumerRecord<byte[], byte[]> record) {
        GenericRecord event;
        try {
            Object value = avro.deserialize(record.topic(), record.headers(), record.value());
            if (!(value instanceof GenericRecord generic)) {
                throw new IllegalArgumentException(value == null ? "empty value" : "not an Avro record: " + value.getClass());
            }
            event = generic;
        } catch (RuntimeException e) { // whatever the bytes are, they will never decode
            deadLetters.park(record, e);
            return;
        }
        try {
            handler.handle(record, event);
        } catch (IllegalArgumentException | org.apache.avro.AvroRuntimeException e) {
            deadLetters.park(record, e);
        }
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, settings.groupId(),
                ConsumerConfig.CLIENT_ID_CONFIG, settings.name(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, settings.offsetReset(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    }
}
