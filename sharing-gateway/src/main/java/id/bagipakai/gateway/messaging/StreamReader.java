package id.bagipakai.gateway.messaging;

import id.bagipakai.commons.kafka.CachingAvroDatumProvider;
import id.bagipakai.contracts.Namespace;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.contracts.Streams;
import id.bagipakai.gateway.service.FeedEvent;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One delivery's own view of a stream's topic (an SSE connection, a webhook, a pull): every
 * partition assigned by hand, no consumer group, positioned by the agency's {@link StreamCursor}.
 * The gateway keeps the position, not Kafka: resuming is a seek. Not thread-safe; one per delivery.
 * A record that cannot be decoded is skipped here (the gateway's own consumer parks it on the
 * dead-letter topic once, {@link StreamTopicsConsumer}).
 */
public final class StreamReader implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StreamReader.class);

    private final String stream;
    private final String topic;
    private final KafkaConsumer<byte[], byte[]> kafka;
    private final AvroKafkaDeserializer<Object> avro = new AvroKafkaDeserializer<>();
    private StreamCursor cursor;

    private StreamReader(String bootstrapServers, String apicurioUrl, String topic, String stream) {
        this.stream = stream;
        this.topic = topic;
        kafka = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        avro.configure(CachingAvroDatumProvider.deserializerConfig(apicurioUrl), false);
    }

    /**
     * A reader of the stream's topic at {@code from}; at the end of every partition (live only)
     * when {@code from} is null.
     *
     * @throws IllegalArgumentException for a name that is no stream
     */
    public static StreamReader open(String bootstrapServers, String apicurioUrl, Namespace namespace, String stream,
                                    StreamCursor from) {
        StreamReader reader = new StreamReader(bootstrapServers, apicurioUrl, namespace.topic(Streams.topicOf(stream)),
                stream);
        try {
            reader.seek(from);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    private void seek(StreamCursor from) {
        List<TopicPartition> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        kafka.assign(partitions);
        if (from == null) {
            kafka.seekToEnd(partitions);
        } else {
            // Offsets below the log start (gone by retention) fall back to the earliest still held.
            partitions.forEach(tp -> kafka.seek(tp, from.nextOffset(tp.partition())));
        }
        StreamCursor at = StreamCursor.empty();
        for (TopicPartition tp : partitions) {
            long position = kafka.position(tp); // resolves the seek now, so "open" means "positioned"
            at = at.after(tp.partition(), position - 1);
        }
        cursor = at;
    }

    /**
     * The one record at {@code offset} of {@code partition} (a replay), read by a reader of its own;
     * empty when it is no longer on the topic (retention), never was, or cannot be decoded.
     */
    public static Optional<FeedEvent> readAt(String bootstrapServers, String apicurioUrl, Namespace namespace,
                                             String stream, int partition, long offset, StreamCursor after,
                                             Duration wait) {
        try (StreamReader reader = new StreamReader(bootstrapServers, apicurioUrl,
                namespace.topic(Streams.topicOf(stream)), stream)) {
            TopicPartition tp = new TopicPartition(reader.topic, partition);
            reader.kafka.assign(List.of(tp));
            reader.kafka.seek(tp, offset); // below the log start it falls back to the earliest: a later offset
            Instant giveUp = Instant.now().plus(wait);
            while (Instant.now().isBefore(giveUp)) {
                var records = reader.kafka.poll(Duration.ofMillis(200)).iterator();
                if (records.hasNext()) {
                    ConsumerRecord<byte[], byte[]> record = records.next();
                    GenericRecord event = record.offset() == offset ? reader.decode(record) : null;
                    return Optional.ofNullable(event).map(e ->
                            FeedEvent.read(stream, partition, offset, after, e));
                }
            }
            return Optional.empty();
        }
    }

    /** Where this reader stands: the cursor of the last record returned (or of the start). */
    public StreamCursor cursor() {
        return cursor;
    }

    /** The next records, decoded, in order per partition; empty when none came within {@code wait}. */
    public List<FeedEvent> poll(Duration wait) {
        var records = kafka.poll(wait);
        List<FeedEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            cursor = cursor.after(record.partition(), record.offset());
            GenericRecord event = decode(record);
            if (event != null) {
                events.add(FeedEvent.read(stream, record.partition(), record.offset(), cursor, event));
            }
        }
        return events;
    }

    /** Whether every partition has been read to its end as of now. */
    public boolean atEnd() {
        var ends = kafka.endOffsets(kafka.assignment());
        return ends.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue());
    }

    private GenericRecord decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            return avro.deserialize(record.topic(), record.headers(), record.value()) instanceof GenericRecord g ? g : null;
        } catch (RuntimeException e) {
            LOG.debugf("Skipped undecodable record %s/%d-%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return null;
        }
    }

    /** Wakes a blocked {@link #poll}; safe from any thread. */
    public void wakeup() {
        kafka.wakeup();
    }

    @Override
    public void close() {
        try {
            kafka.close(Duration.ofSeconds(1));
        } finally { // an interrupted close (a stopped webhook) still frees the deserializer
            avro.close();
        }
    }
}
