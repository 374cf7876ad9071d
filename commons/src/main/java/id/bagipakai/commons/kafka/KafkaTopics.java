package id.bagipakai.commons.kafka;

import id.bagipakai.contracts.Namespace;
import id.bagipakai.contracts.TopicSpec;
import id.bagipakai.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates topics of the catalogue ({@link Topics}: partitions, compaction, retention) in a
 * namespace when they do not exist yet. Every service calls it for the topics it reads or writes,
 * so whichever starts first makes them the same way.
 */
public final class KafkaTopics {

    /** One broker locally; a cluster sets more (see the README's national model). */
    private static final short REPLICATION_FACTOR = Short.parseShort(
            System.getenv().getOrDefault("BAGIPAKAI_KAFKA_REPLICATION_FACTOR", "1"));

    /** Ensures the catalogue topics (and dead-letter topics: {@code Topics.deadLetterOf}) named. */
    public static void ensure(String bootstrapServers, Namespace namespace, String... catalogueNames) {
        create(bootstrapServers, Arrays.stream(catalogueNames).map(Topics::spec)
                .map(spec -> newTopic(namespace, spec)).toList());
    }

    static NewTopic newTopic(Namespace namespace, TopicSpec spec) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG,
                spec.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
        configs.put(TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(spec.retention().map(java.time.Duration::toMillis).orElse(-1L)));
        return new NewTopic(namespace.topic(spec.name()), spec.partitions(), REPLICATION_FACTOR).configs(configs);
    }

    private static void create(String bootstrapServers, List<NewTopic> wanted) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (var result : admin.createTopics(wanted).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer", e);
        }
    }

    private KafkaTopics() {
    }
}
