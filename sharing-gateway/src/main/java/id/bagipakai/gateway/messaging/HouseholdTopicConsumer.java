package id.bagipakai.gateway.messaging;

import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.contracts.AvroSerde;
import id.bagipakai.contracts.Topics;
import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.gateway.service.HouseholdFeed;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
 * Reads the household topic on its own thread and hands each event to the feed. Values are
 * decoded here rather than by the consumer, so that a record that cannot be decoded is parked on
 * the dead-letter topic and the stream goes on. Offsets are committed after each polled batch
 * was handed over or parked.
 */
@ApplicationScoped
public class HouseholdTopicConsumer {

    private static final Logger LOG = Logger.getLogger(HouseholdTopicConsumer.class);

    @Inject
    GatewayConfig config;

    @Inject
    HouseholdFeed feed;

    @Inject
    DeadLetters deadLetters;

    private volatile boolean running = true;
    private volatile boolean assigned;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    void onStart(@Observes StartupEvent start) {
        KafkaTopics.ensure(config.kafkaBootstrapServers(), 3, Topics.HOUSEHOLD_EVENTS,
                Topics.deadLetterOf(Topics.HOUSEHOLD_EVENTS));
        thread = Thread.ofPlatform().name("household-topic-consumer").start(this::run);
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }

    /** True once the group gave this instance its partitions: events published now will be read. */
    public boolean isAssigned() {
        return assigned;
    }

    private void run() {
        while (running) {
            try (var avro = new AvroKafkaDeserializer<GenericRecord>();
                 var kafka = new KafkaConsumer<byte[], byte[]>(consumerConfig())) {
                avro.configure(AvroSerde.deserializerConfig(config.apicurioUrl()), false);
                consumer = kafka;
                kafka.subscribe(List.of(Topics.HOUSEHOLD_EVENTS), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        assigned = false;
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        partitions.forEach(kafka::position); // resolve where reading starts before saying so
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
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                assigned = false;
                LOG.errorf(e, "Household topic consumer failed; reconnecting");
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
    }

    private void handle(AvroKafkaDeserializer<GenericRecord> avro, ConsumerRecord<byte[], byte[]> record) {
        GenericRecord event;
        try {
            event = avro.deserialize(record.topic(), record.headers(), record.value());
            if (event == null) {
                throw new IllegalArgumentException("empty value");
            }
        } catch (RuntimeException e) {
            deadLetters.park(record, e);
            return;
        }
        feed.publish(record.partition(), record.offset(), event);
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, config.consumerGroup(),
                ConsumerConfig.CLIENT_ID_CONFIG, "sharing-gateway-households",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, config.newGroupStartsAt(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    }
}
