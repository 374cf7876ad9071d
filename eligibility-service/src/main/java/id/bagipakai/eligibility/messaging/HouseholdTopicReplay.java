package id.bagipakai.eligibility.messaging;

import id.bagipakai.commons.kafka.CachingAvroDatumProvider;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the whole household topic, from the start of every partition up to where it ended when
 * the replay began, with a consumer of its own (no group: the live reading's position is not
 * touched). A record that cannot be read is skipped: the live consumer parked it already.
 */
public final class HouseholdTopicReplay {

    private static final Logger LOG = Logger.getLogger(HouseholdTopicReplay.class);

    /** What a replay read. */
    public record Read(long records, long skipped) {
    }

    /** Hands the events to {@code batches}, a poll at a time, in topic order per partition. */
    public static Read readAll(String bootstrapServers, String apicurioUrl, String topic,
                               Consumer<List<HouseholdEvent>> batches) {
        long records = 0;
        long skipped = 0;
        try (var avro = new AvroKafkaDeserializer<Object>();
             var kafka = new KafkaConsumer<byte[], byte[]>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ConsumerConfig.CLIENT_ID_CONFIG, "eligibility-replay",
                     ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                     ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                     ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                     ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                     ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            avro.configure(CachingAvroDatumProvider.deserializerConfig(apicurioUrl), false);
            List<TopicPartition> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
            while (!reachedEnd(kafka, ends)) {
                List<HouseholdEvent> batch = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // written after the replay began: the live reading takes it
                    }
                    records++;
                    try {
                        Object value = avro.deserialize(record.topic(), record.headers(), record.value());
                        if (!(value instanceof GenericRecord event)) {
                            throw new IllegalArgumentException("not an Avro record");
                        }
                        batch.add(HouseholdEvent.of(event));
                    } catch (RuntimeException e) {
                        skipped++;
                        LOG.debugf("Replay skipped %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                                e.getMessage());
                    }
                }
                if (!batch.isEmpty()) {
                    batches.accept(batch);
                }
            }
        }
        return new Read(records, skipped);
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> kafka, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue());
    }

    private HouseholdTopicReplay() {
    }
}
