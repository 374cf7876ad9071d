package id.bagipakai.commons.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates the topics a service owns, with their partitioning, when they do not exist yet. */
public final class KafkaTopics {

    public static void ensure(String bootstrapServers, int partitions, String... topics) {
        create(bootstrapServers, java.util.Arrays.stream(topics).map(t -> new NewTopic(t, partitions, (short) 1)).toList());
    }

    /** Topics that keep at least the latest record per key, so reading one from the start rebuilds a state. */
    public static void ensureCompacted(String bootstrapServers, int partitions, String... topics) {
        create(bootstrapServers, java.util.Arrays.stream(topics).map(t -> new NewTopic(t, partitions, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))).toList());
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
